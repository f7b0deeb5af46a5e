package nl.provalue.privacy.application.export;

/**
 * One column of an exported table. The same column is a field of every object in
 * {@code data.json} (named {@link #key()}) and a column of the CSV files (headed by the text of
 * {@code export.column.<key>} in the customer's language), so the formats cannot drift apart.
 * A {@link Kind#CODE} column is in JSON a stable code with its label next to it
 * ({@code "status": "REFUSED", "statusLabel": "Geweigerd"}); in CSV only the label.
 *
 * @param labelPrefix for a code column: the message key of a code is this prefix and the code
 */
public record ExportColumn(String key, Kind kind, String labelPrefix) {

    /** What a column holds, which decides how each format writes it. */
    public enum Kind {
        /** Text as it is. */
        TEXT,
        /** A whole number the portal counts itself (bytes, rows, days). */
        NUMBER,
        /** A moment: Europe/Amsterdam with its offset, to the second. */
        TIME,
        /** A day: ISO date. */
        DATE,
        /** Yes or no: a JSON boolean, a word in CSV. */
        YES_NO,
        /** One code or a list of codes, with their labels. */
        CODE
    }

    /** The suffix of the JSON field that holds a code column's label. */
    public static final String LABEL_SUFFIX = "Label";

    public static ExportColumn text(String key) {
        return new ExportColumn(key, Kind.TEXT, null);
    }

    public static ExportColumn number(String key) {
        return new ExportColumn(key, Kind.NUMBER, null);
    }

    public static ExportColumn time(String key) {
        return new ExportColumn(key, Kind.TIME, null);
    }

    public static ExportColumn date(String key) {
        return new ExportColumn(key, Kind.DATE, null);
    }

    public static ExportColumn yesNo(String key) {
        return new ExportColumn(key, Kind.YES_NO, null);
    }

    /**
     * A code column whose labels are the messages {@code labelPrefix + code}; a cell may also
     * hold a {@link Labelled} value that brings its own label.
     */
    public static ExportColumn code(String key, String labelPrefix) {
        return new ExportColumn(key, Kind.CODE, labelPrefix);
    }

    /** The message key of the column's header. */
    public String headerKey() {
        return "export.column." + key;
    }

    /** A code whose label is not found by the column's prefix (it is given here, already translated). */
    public record Labelled(String code, String label) {}
}
