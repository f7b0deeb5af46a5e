package nl.provalue.privacy.application.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.provalue.privacy.application.Csv;
import nl.provalue.privacy.application.export.ExportColumn.Labelled;
import nl.provalue.privacy.domain.shared.PolicyClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the export's ZIP from its tables, in the customer's language:
 * <ul>
 * <li>{@code csv/<table>.csv}: RFC 4180 (comma, CRLF, UTF-8 without BOM, quoted where needed), for
 * programs;</li>
 * <li>{@code excel/<table>.csv}: the same table separated by semicolons, UTF-8 with a byte order
 * mark, which is what Excel with Dutch (and most continental) settings opens by double-click with
 * its columns split and its accents right; an English Excel splits it too, because of the BOM;</li>
 * <li>{@code data.json}: every table as a list of objects with the same fields, codes and ISO
 * values, each code with its label next to it;</li>
 * <li>{@code overzicht.html} or {@code overview.html}: every table as a page to read in a browser,
 * with the same headers and cells as the CSV files (without the quote that keeps a spreadsheet
 * from reading a cell as a formula);</li>
 * <li>{@code LEESMIJ.txt} or {@code README.txt}: what each file holds and how many rows.</li>
 * </ul>
 * Headers and values are what a customer reads: labels instead of codes, times in Europe/Amsterdam
 * with their offset, days as dates. Every row is read once: the RFC 4180 file goes into the ZIP
 * while it is read, the Excel file, the JSON and the HTML wait in temporary files (deleted at the end), so
 * memory stays flat however long a log is. Cells that would start a spreadsheet formula are
 * neutralised as every CSV of the portal is ({@link Csv#text}).
 */
public final class ExportWriter {

    /** RFC 4180, for programs. */
    public static final CSVFormat MACHINE_CSV = CSVFormat.RFC4180;
    /** What Excel with a Dutch list separator opens by double-click (with {@link #BYTE_ORDER_MARK}). */
    public static final CSVFormat EXCEL_CSV =
            CSVFormat.EXCEL.builder().setDelimiter(';').get();

    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final String FORMAT = "provalue-privacy-export/2";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final ResourceBundle messages;
    private final Locale locale;

    public ExportWriter(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("messages", locale);
    }

    /** A message in the export's language. */
    public String text(String key) {
        return messages.getString(key);
    }

    /** A message in the export's language, or the fallback when there is no such message. */
    public String textOr(String key, String fallback) {
        return messages.containsKey(key) ? messages.getString(key) : fallback;
    }

    /** The name of the summary file: LEESMIJ.txt in Dutch, README.txt in English. */
    public String summaryName() {
        return text("export.readme.file");
    }

    /** A moment as the export writes it: Europe/Amsterdam, with its offset, to the second. */
    public static String time(Instant at) {
        return at == null
                ? null
                : TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(PolicyClock.PROVIDER_ZONE));
    }

    /** Writes the ZIP; the stream is finished but not closed. */
    public void write(String customerNumber, Instant madeAt, List<ExportTable> tables, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer zipText = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        List<Path> temporary = new ArrayList<>();
        try {
            Path json = Files.createTempFile("export-", ".json");
            temporary.add(json);
            Path html = Files.createTempFile("export-", ".html");
            temporary.add(html);
            List<Path> excel = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            try (Writer jsonOut = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
                    JsonGenerator g = Json.createGenerator(jsonOut);
                    Writer page = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                htmlStart(page, customerNumber, madeAt);
                g.writeStartObject()
                        .write("format", FORMAT)
                        .write("exportedAt", time(madeAt))
                        .write("customerNumber", customerNumber)
                        .write("language", locale.getLanguage());
                for (ExportTable table : tables) {
                    Path excelFile = Files.createTempFile("export-", ".csv");
                    temporary.add(excelFile);
                    excel.add(excelFile);
                    zip.putNextEntry(new ZipEntry("csv/" + table.name() + ".csv"));
                    counts.add(writeTable(table, new NonClosingWriter(zipText), excelFile, g, page));
                    zipText.flush();
                    zip.closeEntry();
                }
                g.writeEnd();
                page.write("</main>\n</body>\n</html>\n");
            }
            for (int i = 0; i < tables.size(); i++) {
                copy(zip, "excel/" + tables.get(i).name() + ".csv", excel.get(i));
            }
            copy(zip, "data.json", json);
            copy(zip, text("export.html.file"), html);
            zip.putNextEntry(new ZipEntry(summaryName()));
            zipText.write(summary(customerNumber, madeAt, tables, counts));
            zipText.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            for (Path p : temporary) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One table to all three formats from one read of its rows; returns how many rows it had. */
    private long writeTable(ExportTable table, Writer machineOut, Path excelFile, JsonGenerator g, Writer page)
            throws IOException {
        List<ExportColumn> columns = table.columns();
        List<String> header = columns.stream().map(c -> text(c.headerKey())).toList();
        long[] rows = {0};
        try (Writer excelOut = Files.newBufferedWriter(excelFile, StandardCharsets.UTF_8);
                CSVPrinter excel = new CSVPrinter(excelOut, EXCEL_CSV);
                CSVPrinter machine = new CSVPrinter(machineOut, MACHINE_CSV)) {
            excelOut.write(BYTE_ORDER_MARK);
            machine.printRecord(header);
            excel.printRecord(header);
            page.write("<section>\n<h2 id=\"" + table.name() + "\">" + escape(text(table.descriptionKey())) + "</h2>\n"
                    + "<table class=\"" + table.name() + "\">\n<thead><tr>");
            for (String h : header) {
                page.write("<th scope=\"col\">" + escape(h) + "</th>");
            }
            page.write("</tr></thead>\n<tbody>\n");
            g.writeStartArray(table.jsonName());
            try {
                table.rows().each(values -> {
                    if (values.length != columns.size()) {
                        throw new IllegalArgumentException(
                                table.name() + ": " + values.length + " values for " + columns.size() + " columns");
                    }
                    List<String> cells = new ArrayList<>(values.length);
                    StringBuilder tr = new StringBuilder("<tr>");
                    g.writeStartObject();
                    for (int i = 0; i < values.length; i++) {
                        String shown = shown(columns.get(i), values[i]);
                        cells.add(cell(columns.get(i), shown));
                        tr.append("<td>")
                                .append(shown == null ? "" : escape(shown))
                                .append("</td>");
                        json(g, columns.get(i), values[i]);
                    }
                    g.writeEnd();
                    try {
                        machine.printRecord(cells);
                        excel.printRecord(cells);
                        page.write(tr.append("</tr>\n").toString());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEnd();
            page.write("</tbody>\n</table>\n</section>\n");
        }
        return rows[0];
    }

    /** The value as a person reads it, in the CSV files and the HTML page alike. */
    private String shown(ExportColumn column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case NUMBER -> value.toString();
            case TIME -> time((Instant) value);
            case DATE -> ((LocalDate) value).toString();
            case YES_NO -> text(Boolean.TRUE.equals(value) ? "export.yes" : "export.no");
            case CODE ->
                value instanceof Collection<?> list
                        ? list.stream().map(v -> label(column, v)).collect(Collectors.joining(", "))
                        : label(column, value);
            case TEXT -> value.toString();
        };
    }

    /** The CSV cell: what a person reads, a text that would start a formula quoted ({@link Csv#text}). */
    private static String cell(ExportColumn column, String shown) {
        return column.kind() == ExportColumn.Kind.CODE || column.kind() == ExportColumn.Kind.TEXT
                ? Csv.text(shown)
                : shown;
    }

    /** The start of the HTML page: its language, title, who and when. */
    private void htmlStart(Writer page, String customerNumber, Instant madeAt) throws IOException {
        String title = escape(text("export.readme.title"));
        page.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4}"
                + "table{border-collapse:collapse;margin:0 0 2rem}th,td{border:1px solid #8a8a8a;padding:.2rem .5rem;"
                + "text-align:left;vertical-align:top}th{background:#eef2f6}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}"
                + "section{overflow-x:auto}</style>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>"
                + escape(MessageFormat.format(text("export.readme.customer"), customerNumber)) + "<br>"
                + escape(MessageFormat.format(text("export.readme.made"), time(madeAt))) + "</p>\n<p>"
                + escape(text("export.readme.times")) + "</p>\n");
    }

    /** Text as HTML: the five characters that could end a text or an attribute, as references. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** The same value as a JSON field (and a code's label as a second field). */
    private void json(JsonGenerator g, ExportColumn column, Object value) {
        String key = column.key();
        if (value == null) {
            g.writeNull(key);
            if (column.kind() == ExportColumn.Kind.CODE) {
                g.writeNull(key + ExportColumn.LABEL_SUFFIX);
            }
            return;
        }
        switch (column.kind()) {
            case NUMBER -> g.write(key, ((Number) value).longValue());
            case TIME -> g.write(key, time((Instant) value));
            case DATE, TEXT -> g.write(key, value.toString());
            case YES_NO -> g.write(key, (Boolean) value);
            case CODE -> {
                if (value instanceof Collection<?> list) {
                    g.writeStartArray(key);
                    list.forEach(v -> g.write(code(v)));
                    g.writeEnd();
                    g.writeStartArray(key + ExportColumn.LABEL_SUFFIX);
                    list.forEach(v -> g.write(label(column, v)));
                    g.writeEnd();
                } else {
                    g.write(key, code(value));
                    g.write(key + ExportColumn.LABEL_SUFFIX, label(column, value));
                }
            }
        }
    }

    private static String code(Object value) {
        if (value instanceof Labelled l) {
            return l.code();
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private String label(ExportColumn column, Object value) {
        return value instanceof Labelled l ? l.label() : text(column.labelPrefix() + code(value));
    }

    /** What the summary file says: who, when, the three formats, then every table with its rows. */
    private String summary(String customerNumber, Instant madeAt, List<ExportTable> tables, List<Long> counts) {
        StringBuilder s = new StringBuilder().append(BYTE_ORDER_MARK);
        line(s, text("export.readme.title"));
        line(s, "");
        line(s, MessageFormat.format(text("export.readme.customer"), customerNumber));
        line(s, MessageFormat.format(text("export.readme.made"), time(madeAt)));
        line(s, "");
        for (String key : List.of(
                "export.readme.formats",
                "export.readme.excel",
                "export.readme.csv",
                "export.readme.json",
                "export.readme.html",
                "export.readme.times")) {
            line(s, text(key));
        }
        line(s, "");
        line(s, text("export.readme.tables"));
        for (int i = 0; i < tables.size(); i++) {
            ExportTable t = tables.get(i);
            line(s, "");
            line(
                    s,
                    MessageFormat.format(
                            text("export.readme.table"),
                            t.name() + ".csv",
                            t.jsonName(),
                            String.valueOf(counts.get(i))));
            line(s, "    " + text(t.descriptionKey()));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String text) {
        s.append(text).append("\r\n");
    }

    private static void copy(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Lets a printer or generator finish without closing the ZIP underneath it. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
