package nl.provalue.privacy.infrastructure.config;

import java.util.Locale;

/** Sizes in configuration: "536870912", "512m", "2g", "800k" (powers of 1024). */
public final class ByteSizes {

    private ByteSizes() {
    }

    public static long parse(Object value, long fallback) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        String s = value.toString().trim().toLowerCase(Locale.ROOT).replace("b", "");
        long factor = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g' || last == 't') {
            factor = switch (last) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                case 'g' -> 1L << 30;
                default -> 1L << 40;
            };
            s = s.substring(0, s.length() - 1).trim();
        }
        try {
            return Long.parseLong(s) * factor;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
