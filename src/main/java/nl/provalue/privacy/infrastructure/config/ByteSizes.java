package nl.provalue.privacy.infrastructure.config;

import java.util.Locale;

/**
 * Sizes in configuration: "536870912", "512m", "2g", "800k" (powers of 1024; "512MB" reads as
 * "512m"). A value that is not such a size is refused with the setting's name, never replaced by
 * a default: a mistyped limit would otherwise hold unnoticed.
 */
public final class ByteSizes {

    private ByteSizes() {}

    /**
     * @param setting the setting's name as it is configured ({@code PORTAL_IMPORT_MAX_SIZE}), for the message
     * @param value   the configured value; {@code null} only where there is no such setting at all
     * @param absent  the size when there is no such setting
     * @throws IllegalStateException when the value is not a size; a state, not an argument, because
     *                               the server's configuration is wrong, not what a caller sent
     */
    public static long parse(String setting, Object value, long absent) {
        if (value == null) {
            return absent;
        }
        String s = value.toString().trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        int shift = s.isEmpty()
                ? 0
                : switch (s.charAt(s.length() - 1)) {
                    case 'k' -> 10;
                    case 'm' -> 20;
                    case 'g' -> 30;
                    case 't' -> 40;
                    default -> 0;
                };
        if (shift > 0) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw refused(
                    setting,
                    value,
                    "not a size; give a number of bytes, or a whole number with k, m, g or t" + " (512m, 1g)");
        }
        try {
            return Math.multiplyExact(Long.parseLong(s), 1L << shift);
        } catch (NumberFormatException | ArithmeticException e) {
            throw refused(setting, value, "more bytes than can be counted");
        }
    }

    private static IllegalStateException refused(String setting, Object value, String why) {
        return new IllegalStateException(setting + " is \"" + value + "\": " + why);
    }
}
