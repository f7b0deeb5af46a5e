package nl.provalue.privacy.domain.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key itself, as a system sends it: {@code pvt_} followed by 43 characters of base64url, 256
 * random bits. Only its SHA-256 hash is stored. A slow password hash would add nothing: with 256
 * random bits there is nothing to guess, and every API call would pay for it.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "pvt_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("pvt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** RFC 6750 §2.3: the query parameter a bearer token would be sent in. */
    private static final Pattern ACCESS_TOKEN_PARAMETER = Pattern.compile("(^|&)access_token(=|&|$)");

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    /** A new key, from the platform's strong random source. */
    public static ApiTokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(
                PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The key a request carries, if it has the form of one; anything else is no key (nothing is trimmed or guessed). */
    public static Optional<ApiTokenSecret> parse(String presented) {
        if (presented == null
                || presented.length() != PREFIX.length() + 43
                || !FORM.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiTokenSecret(presented));
    }

    /**
     * Whether an address's query carries a key: the {@code access_token} parameter of RFC 6750, or
     * anything of a key's form pasted into another parameter. Such a key ends up in logs.
     */
    public static boolean appearsInQuery(String query) {
        return query != null
                && (query.contains(PREFIX)
                        || ACCESS_TOKEN_PARAMETER.matcher(query).find());
    }

    /** The SHA-256 of the key in lower-case hex: what is stored and looked up. */
    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The key, to be shown once to the person who made it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
