package nl.provalue.privacy.domain.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The rule for accepting a code from an authenticator app (TOTP, RFC 6238) at sign-in.
 * <ul>
 * <li>HMAC-SHA-1, six digits, 30-second steps: the defaults every authenticator app supports,
 * and what {@link TotpSecret#otpauthUri} announces.</li>
 * <li>The code of the current step and of one step before and after is accepted, because phone
 * and server clocks drift and typing takes time (RFC 6238, section 5.2, recommends at most one
 * step of delay). More would give an attacker more codes to guess at once.</li>
 * <li>A code is accepted only once (OWASP ASVS 2.8.4): a step at or before the last step used is
 * refused, so a code seen over someone's shoulder or replayed from a captured request is useless.
 * {@link #verify} returns the matched step; the caller stores it as the new last used step.</li>
 * <li>Only exactly six ASCII digits are read, spaces aside ("123 456" as some apps show it);
 * anything else is refused rather than guessed at. Codes are compared in constant time.</li>
 * </ul>
 * Thread-safe: the generator clones its MAC for every code.
 */
public final class TotpVerifier {

    /** Digits per code. */
    public static final int DIGITS = 6;
    /** Length of a time step. */
    public static final Duration TIME_STEP = Duration.ofSeconds(30);
    /** Steps accepted before and after the current one, for clock drift. */
    public static final int ALLOWED_DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
            TIME_STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    /**
     * Checks a code typed at {@code now}.
     *
     * @param lastUsedStep the step of the last code accepted for this secret, or {@code null} if none
     * @return the step the code belongs to, to be stored as the new last used step; empty if the
     *         code is malformed, wrong, outside the window or already used
     */
    public OptionalLong verify(TotpSecret secret, String code, Instant now, Long lastUsedStep) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(now, "now");
        byte[] typed = normalise(code);
        if (typed == null) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        long matched = Long.MIN_VALUE;
        // Every candidate is checked, without stopping at a match, so the time taken does not tell
        // which step matched. Should two steps share a code, the later one is returned so that
        // both are used up.
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            boolean alreadyUsed = lastUsedStep != null && step <= lastUsedStep;
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && !alreadyUsed) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /** The number of the time step {@code instant} falls in (RFC 6238: T = floor(unix time / 30)). */
    public long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), TIME_STEP.getSeconds());
    }

    /** The code an authenticator app shows during {@code step}: six ASCII digits, zero-padded. */
    public String codeAt(TotpSecret secret, long step) {
        Instant start = Instant.ofEpochSecond(Math.multiplyExact(step, TIME_STEP.getSeconds()));
        try {
            // Locale.ROOT: the default locale could format with other than ASCII digits.
            return generator.generateOneTimePasswordString(secret.hmacKey(), start, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-1 refused a TOTP key", e);
        }
    }

    /** Six ASCII digits with spaces removed, or null if the input is anything else. */
    private static byte[] normalise(String code) {
        if (code == null) {
            return null;
        }
        byte[] digits = new byte[DIGITS];
        int count = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ' ') {
                continue;
            }
            // Not Character.isDigit: that also accepts full-width and other scripts' digits.
            if (c < '0' || c > '9' || count == DIGITS) {
                return null;
            }
            digits[count++] = (byte) c;
        }
        return count == DIGITS ? digits : null;
    }
}
