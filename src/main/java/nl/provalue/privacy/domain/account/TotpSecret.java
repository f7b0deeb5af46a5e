package nl.provalue.privacy.domain.account;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base32;

/**
 * The secret a person's authenticator app shares with the portal for two-factor sign-in
 * (TOTP, RFC 6238). Immutable. Written as Base32 (RFC 4648, upper case, no padding), which is
 * what authenticator apps read from the QR code or let a person type in.
 * <p>
 * {@link #toString()} never shows the secret, so it cannot end up in a log by accident.
 */
public final class TotpSecret {

    /** RFC 4226 (R6) recommends 160 bits; that is also the output size of HMAC-SHA-1. */
    public static final int GENERATED_BYTES = 20;
    /** RFC 4226 (R6): a shared secret MUST be at least 128 bits. */
    static final int MIN_BYTES = 16;
    /** Longer keys are hashed down by HMAC-SHA-1 anyway (block size 64 bytes); more is a mistake. */
    static final int MAX_BYTES = 64;

    private static final String HMAC_ALGORITHM = "HmacSHA1";
    // Strict: refuses a last character whose unused bits are not zero, so every secret has one spelling.
    private static final Base32 BASE32 = new Base32(0, null, false, (byte) '=', CodecPolicy.STRICT);

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "A TOTP secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    /** A new random secret of 160 bits. */
    public static TotpSecret generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /**
     * Reads a secret as stored or as typed: spaces are ignored and lower case is accepted; any
     * other character outside the Base32 alphabet, padding included, is refused.
     *
     * @throws IllegalArgumentException if the text is not a Base32 secret of 128 to 512 bits
     */
    public static TotpSecret fromBase32(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No TOTP secret given");
        }
        // Hand-rolled ASCII upper-casing: String.toUpperCase would turn e.g. the long s 'ſ' into 'S'.
        ByteArrayOutputStream normalised = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (!(upper >= 'A' && upper <= 'Z' || upper >= '2' && upper <= '7')) {
                // The character itself is not echoed: it is part of a secret.
                throw new IllegalArgumentException("A TOTP secret contains only the letters A-Z and the digits 2-7"
                        + " (position " + (i + 1) + ")");
            }
            normalised.write(upper);
        }
        byte[] encoded = normalised.toByteArray();
        if (encoded.length == 0) {
            throw new IllegalArgumentException("No TOTP secret given");
        }
        try {
            return new TotpSecret(BASE32.decode(encoded));
        } catch (IllegalArgumentException e) {
            // Commons Codec's message is about the encoding only, never the secret's content.
            throw new IllegalArgumentException("Not a valid Base32 TOTP secret: " + e.getMessage(), e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** The secret in Base32, upper case, without padding: for storage and for typing in by hand. */
    public String base32() {
        String encoded = BASE32.encodeToString(bytes);
        int end = encoded.indexOf('=');
        return end < 0 ? encoded : encoded.substring(0, end);
    }

    /** {@link #base32()} in groups of four separated by spaces, easier to read off a screen. */
    public String grouped() {
        String plain = base32();
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 4);
        for (int i = 0; i < plain.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(plain, i, Math.min(i + 4, plain.length()));
        }
        return out.toString();
    }

    /**
     * The provisioning URI that authenticator apps read from a QR code (Google Authenticator's
     * Key Uri Format): {@code otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30}.
     * Issuer and account are percent-encoded as UTF-8 (a space becomes {@code %20}, never {@code +});
     * the issuer is given both in the label and as a parameter, as the format recommends.
     *
     * @throws IllegalArgumentException if issuer or account is blank or contains a colon, which
     *         the format reserves to separate the two
     */
    public String otpauthUri(String issuer, String accountName) {
        requireLabelPart(issuer, "issuer");
        requireLabelPart(accountName, "account name");
        return "otpauth://totp/" + percentEncode(issuer) + ":" + percentEncode(accountName)
                + "?secret=" + base32()
                + "&issuer=" + percentEncode(issuer)
                + "&algorithm=SHA1&digits=" + TotpVerifier.DIGITS
                + "&period=" + TotpVerifier.TIME_STEP.getSeconds();
    }

    /** The secret as an HMAC key; only the verifier in this package needs it. */
    SecretKeySpec hmacKey() {
        return new SecretKeySpec(bytes, HMAC_ALGORITHM);
    }

    private static void requireLabelPart(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An otpauth URI needs an " + what);
        }
        if (value.indexOf(':') >= 0) {
            throw new IllegalArgumentException("The " + what + " of an otpauth URI may not contain a colon");
        }
    }

    /** RFC 3986: everything but the unreserved characters is percent-encoded, as UTF-8. */
    private static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Constant-time, like every other comparison of secrets. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    /** Derived from the length only: a hash of the bytes would be 32 bits of the secret, printable anywhere. */
    @Override
    public int hashCode() {
        return bytes.length;
    }

    /** Says what it is, never what it holds. */
    @Override
    public String toString() {
        return "TotpSecret[" + bytes.length * 8 + " bits]";
    }
}
