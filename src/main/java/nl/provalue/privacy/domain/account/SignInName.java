package nl.provalue.privacy.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A user name as typed on the login form. User names are lower case, so {@code Pieter.Bakker}
 * means {@code pieter.bakker}; anything that cannot be a user name is still throttled like one (by
 * its key), so that the answer never tells known names from unknown ones.
 */
public record SignInName(String typed) {

    /** Longer input is not a user name; it is refused, never cut. */
    public static final int MAX_LENGTH = 100;

    public SignInName {
        typed = typed == null ? "" : typed;
    }

    /** The name as accounts store it: trimmed, lower case. */
    public String normalised() {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The user name to look up, when the typed text can be one at all. */
    public Optional<String> username() {
        String n = normalised();
        return n.length() <= MAX_LENGTH && n.matches("[a-z0-9][a-z0-9._-]{2,99}") ? Optional.of(n) : Optional.empty();
    }

    /** SHA-256 of the normalised name: what the throttle counts by, without keeping what was typed. */
    public String key() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalised().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
