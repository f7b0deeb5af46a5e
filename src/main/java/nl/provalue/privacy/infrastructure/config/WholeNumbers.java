package nl.provalue.privacy.infrastructure.config;

/**
 * Counts in configuration (minutes, seconds, days). A value that is not a whole number within the
 * setting's bounds is refused with the setting's name, never replaced by a default, as
 * {@link ByteSizes} does for sizes: the setting is read at start, so a mistyped one stops the start.
 */
public final class WholeNumbers {

    private WholeNumbers() {}

    /**
     * @param setting the setting's name as it is configured ({@code PORTAL_MAIL_LOG_POLL_SECONDS})
     * @param value   the configured value; {@code null} only where there is no such setting at all
     * @param absent  the number when there is no such setting
     * @throws IllegalStateException when the value is not a whole number from {@code min} to {@code max}
     */
    public static long parse(String setting, Object value, long absent, long min, long max) {
        if (value == null) {
            return absent;
        }
        String s = value.toString().trim();
        long n;
        try {
            if (!s.matches("[0-9]{1,18}")) {
                throw new NumberFormatException(s);
            }
            n = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw refused(setting, value, min, max);
        }
        if (n < min || n > max) {
            throw refused(setting, value, min, max);
        }
        return n;
    }

    private static IllegalStateException refused(String setting, Object value, long min, long max) {
        return new IllegalStateException(
                setting + " is \"" + value + "\": give a whole number from " + min + " to " + max);
    }
}
