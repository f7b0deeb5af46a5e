package nl.provalue.privacy.application;

import java.util.regex.Pattern;

/**
 * How every CSV the portal hands out writes its cells (the export's files, the public
 * transparency figures): RFC 4180 quoting, and OWASP's defence against CSV injection. A cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to
 * a spreadsheet, so it gets a single quote in front and is quoted. Numbers the portal writes itself
 * (counts, bytes, percentages: Java numbers, never text someone typed) are left as they are, so a
 * negative one would stay a number; a text that looks like a number is still text.
 */
public final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {}

    /**
     * A cell's text without the quoting, for writers that quote themselves (the export's CSV
     * library): a formula start gets its single quote in front, plain numbers stay as they are;
     * {@code null} stays {@code null}.
     */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (value instanceof Number && PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        return !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** One record, cells separated by commas, ended by CRLF. */
    public static String line(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    /** One cell; {@code null} is empty. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = text(value);
        if (value instanceof Number && PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        boolean formula = !s.equals(value.toString());
        if (formula || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
