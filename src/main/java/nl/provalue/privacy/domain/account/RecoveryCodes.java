package nl.provalue.privacy.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One-time recovery codes: a way to sign in when the phone with the authenticator app is lost.
 * Ten codes are handed out at once, each usable once; the portal keeps only their hashes.
 * <p>
 * A code is ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), shown as
 * {@code xxxxx-xxxxx}. With 31 symbols that is about 49.5 bits of randomness per code, which is
 * why a fast hash (SHA-256) is acceptable here while passwords need a slow one: a slow hash
 * protects guessable secrets, and these have no dictionary to try first. Trying the whole space
 * against a stolen table would take dedicated hardware days, and a code found that way only
 * stands in for the second factor: the password is still needed, and the code is spent once used.
 */
public final class RecoveryCodes {

    /** Codes handed out at once. */
    public static final int COUNT = 10;
    /** Characters per code, the hyphen not counted. */
    public static final int LENGTH = 10;
    /** Lower-case letters and digits, without 0, o, 1, l and i, which are read one for the other. */
    public static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodes() {}

    /** Ten different new codes, formatted {@code xxxxx-xxxxx}. */
    public static List<String> generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        // A set, so the ten are different even in the (1 in 10^13) case of a repeat.
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(oneCode(random));
        }
        return List.copyOf(codes);
    }

    /**
     * The stored form of a code: normalised (spaces and hyphens removed, A-Z lowered), then
     * SHA-256 as 64 lower-case hex digits. Call {@link #looksLikeRecoveryCode} first to refuse
     * input that cannot be a code.
     */
    public static String hash(String code) {
        if (code == null) {
            throw new IllegalArgumentException("No recovery code given");
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether the input, normalised as for {@link #hash}, is ten characters of the alphabet. */
    public static boolean looksLikeRecoveryCode(String input) {
        if (input == null) {
            return false;
        }
        String normalised = normalise(input);
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String oneCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String input) {
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            // ASCII only: String.toLowerCase would also map e.g. the Kelvin sign to 'k'.
            out.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c);
        }
        return out.toString();
    }
}
