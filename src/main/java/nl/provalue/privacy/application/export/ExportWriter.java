package nl.provalue.privacy.application.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.provalue.privacy.application.Csv;
import nl.provalue.privacy.application.export.ExportColumn.Labelled;
import nl.provalue.privacy.domain.shared.PolicyClock;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.CloseShieldOutputStream;

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

    /**
     * Rows of a table on the HTML page: a browser cannot usefully show a log of a million lines,
     * and every row is in the CSV files and the JSON anyway; the page says so under such a table.
     */
    public static final int HTML_ROWS = 1_000;

    public static final String FORMAT = "provalue-privacy-export/2";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final ResourceBundle messages;
    private final Locale locale;
    /** Times and days on the HTML page, as the portal's screens write them in the reader's language. */
    private final DateTimeFormatter readableTime;

    private final DateTimeFormatter readableDate;

    public ExportWriter(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("messages", locale);
        this.readableTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(PolicyClock.PROVIDER_ZONE);
        this.readableDate =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
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

    /**
     * Writes the ZIP; the stream is finished but not closed. The rows are read on the calling
     * thread (where a transaction may hold them) and handed in batches to two threads of the
     * executor that write and compress at the same time: one the CSV files, one the JSON and the
     * HTML page.
     */
    public void write(
            String customerNumber, Instant madeAt, List<ExportTable> tables, OutputStream out, Executor executor)
            throws IOException {
        List<Writing> writings = List.of(new Spreadsheets(), new Documents(customerNumber, madeAt));
        boolean written = false;
        try {
            List<Future<Void>> running = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            try {
                for (Writing w : writings) {
                    FutureTask<Void> task = new FutureTask<>(w);
                    w.running = task;
                    executor.execute(task);
                    running.add(task);
                }
                Batches batches = new Batches(writings);
                for (ExportTable table : tables) {
                    batches.send(new Start(table));
                    table.rows().each(values -> batches.add(table, values));
                    counts.add(batches.endTable(table));
                }
                batches.send(new Finish());
                for (Future<Void> f : running) {
                    await(f);
                }
            } catch (UncheckedIOException e) {
                stop(writings, running);
                throw e.getCause();
            } catch (IOException | RuntimeException | Error e) {
                stop(writings, running);
                throw e;
            }
            @SuppressWarnings("resource") // closing it leaves the stream it writes to open
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out));
            zip.setEncoding(StandardCharsets.UTF_8.name());
            zip.setUseZip64(Zip64Mode.AsNeeded);
            long modified = madeAt.toEpochMilli();
            Spreadsheets sheets = (Spreadsheets) writings.get(0);
            Documents documents = (Documents) writings.get(1);
            List<DeflatedPart> order = new ArrayList<>(sheets.machine);
            order.addAll(sheets.excel);
            order.add(documents.json);
            order.add(documents.html);
            for (DeflatedPart part : order) {
                try (InputStream in = part.compressed()) {
                    zip.addRawArchiveEntry(part.entry(modified), in);
                }
            }
            byte[] summary = summary(customerNumber, madeAt, tables, counts).getBytes(StandardCharsets.UTF_8);
            ZipArchiveEntry readme = new ZipArchiveEntry(summaryName());
            readme.setSize(summary.length);
            readme.setTime(modified);
            zip.putArchiveEntry(readme);
            zip.write(summary);
            zip.closeArchiveEntry();
            zip.finish();
            zip.close();
            written = true;
        } finally {
            IOException failed = null;
            for (Writing w : writings) {
                try {
                    w.close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            // After a failure that one is reported, not a temporary file that would not go.
            if (failed != null && written) {
                throw failed;
            }
        }
    }

    /** {@link #write(String, Instant, List, OutputStream, Executor)} with a thread of its own for each writer. */
    public void write(String customerNumber, Instant madeAt, List<ExportTable> tables, OutputStream out)
            throws IOException {
        write(customerNumber, madeAt, tables, out, task -> {
            Thread t = new Thread(task, "export-writer");
            t.setDaemon(true);
            t.start();
        });
    }

    private static void await(Future<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops every writer and waits until each has stopped, so that none still writes when its files
     * are deleted; an interrupt is kept for afterwards.
     */
    private static void stop(List<Writing> writings, List<Future<Void>> running) {
        writings.forEach(Writing::abort);
        boolean interrupted = Thread.interrupted();
        for (Future<Void> f : running) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    // The failure that stopped the export is the one to report.
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the reading thread hands to the writing ones. */
    private interface Step {}

    private record Start(ExportTable table) implements Step {}

    private record Rows(Object[][] rows, int count) implements Step {}

    private record End(ExportTable table, long rows) implements Step {}

    private record Finish() implements Step {}

    private record Abort() implements Step {}

    /** Rows a batch holds: few enough to keep memory flat, many enough that handing over costs little. */
    static final int BATCH_ROWS = 512;

    /** Batches waiting for a writer; when both wait, the reading waits. */
    static final int QUEUED_BATCHES = 16;

    /** Collects rows into batches and hands every step to every writer. */
    private static final class Batches {
        private final List<Writing> writings;
        private Object[][] rows = new Object[BATCH_ROWS][];
        private int count;
        private long inTable;

        Batches(List<Writing> writings) {
            this.writings = writings;
        }

        void add(ExportTable table, Object[] values) {
            if (values.length != table.columns().size()) {
                throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
                        + table.columns().size() + " columns");
            }
            rows[count++] = values;
            inTable++;
            if (count == BATCH_ROWS) {
                flush();
            }
        }

        long endTable(ExportTable table) {
            flush();
            long n = inTable;
            inTable = 0;
            send(new End(table, n));
            return n;
        }

        private void flush() {
            if (count > 0) {
                send(new Rows(rows, count));
                rows = new Object[BATCH_ROWS][];
                count = 0;
            }
        }

        void send(Step step) {
            for (Writing w : writings) {
                w.offer(step);
            }
        }
    }

    /** One writing thread: takes the steps in order and writes its files. */
    private abstract static class Writing implements Callable<Void>, AutoCloseable {
        private final BlockingQueue<Step> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private volatile boolean aborted;
        Future<Void> running;

        /** Hands a step over, waiting while the queue is full; fails at once when this writer failed. */
        void offer(Step step) {
            try {
                while (!queue.offer(step, 50, TimeUnit.MILLISECONDS)) {
                    if (running.isDone()) {
                        await(running);
                        throw new IllegalStateException("An export writer stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The export was interrupted", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void abort() {
            aborted = true;
            // Called on the reading thread, the only one that adds: after clearing there is room.
            queue.clear();
            queue.add(new Abort());
        }

        @Override
        public Void call() throws Exception {
            ExportTable table = null;
            while (true) {
                Step step = queue.take();
                if (aborted || step instanceof Abort) {
                    return null;
                }
                if (step instanceof Start s) {
                    table = s.table();
                    start(table);
                } else if (step instanceof Rows r) {
                    for (int i = 0; i < r.count(); i++) {
                        row(table, r.rows()[i]);
                    }
                } else if (step instanceof End e) {
                    end(e.table(), e.rows());
                } else if (step instanceof Finish) {
                    finish();
                    return null;
                }
            }
        }

        abstract void start(ExportTable table) throws IOException;

        abstract void row(ExportTable table, Object[] values) throws IOException;

        abstract void end(ExportTable table, long rows) throws IOException;

        abstract void finish() throws IOException;

        /** Deletes the writer's temporary files. */
        @Override
        public abstract void close() throws IOException;
    }

    /** The CSV files of every table: RFC 4180 for programs, and for Excel. */
    private final class Spreadsheets extends Writing {
        final List<DeflatedPart> machine = new ArrayList<>();
        final List<DeflatedPart> excel = new ArrayList<>();
        private CSVPrinter machineOut;
        private CSVPrinter excelOut;
        private final List<String> cells = new ArrayList<>();

        @Override
        void start(ExportTable table) throws IOException {
            DeflatedPart m = new DeflatedPart("csv/" + table.name() + ".csv");
            machine.add(m);
            DeflatedPart x = new DeflatedPart("excel/" + table.name() + ".csv");
            excel.add(x);
            x.text().write(BYTE_ORDER_MARK);
            machineOut = new CSVPrinter(m.text(), MACHINE_CSV);
            excelOut = new CSVPrinter(x.text(), EXCEL_CSV);
            List<String> header = header(table);
            machineOut.printRecord(header);
            excelOut.printRecord(header);
        }

        @Override
        void row(ExportTable table, Object[] values) throws IOException {
            List<ExportColumn> columns = table.columns();
            cells.clear();
            for (int i = 0; i < values.length; i++) {
                cells.add(cell(columns.get(i), shown(columns.get(i), values[i])));
            }
            machineOut.printRecord(cells);
            excelOut.printRecord(cells);
        }

        @Override
        void end(ExportTable table, long rows) throws IOException {
            machineOut.flush();
            excelOut.flush();
            machine.get(machine.size() - 1).finish();
            excel.get(excel.size() - 1).finish();
        }

        @Override
        void finish() {}

        @Override
        public void close() throws IOException {
            List<DeflatedPart> all = new ArrayList<>(machine);
            all.addAll(excel);
            closeAll(all);
        }
    }

    /** data.json and the HTML page, each one file over every table. */
    private final class Documents extends Writing {
        final DeflatedPart json;
        final DeflatedPart html;
        private final JsonGenerator g;
        private final Writer page;
        private long rowsOnPage;
        private final java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);

        Documents(String customerNumber, Instant madeAt) throws IOException {
            json = new DeflatedPart("data.json");
            try {
                html = new DeflatedPart(text("export.html.file"));
            } catch (IOException | RuntimeException e) {
                json.close();
                throw e;
            }
            page = html.text();
            try {
                g = Json.createGenerator(json.text());
                htmlStart(page, customerNumber, madeAt);
                g.writeStartObject()
                        .write("format", FORMAT)
                        .write("exportedAt", time(madeAt))
                        .write("customerNumber", customerNumber)
                        .write("language", locale.getLanguage());
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        void start(ExportTable table) throws IOException {
            rowsOnPage = 0;
            page.write("<section>\n<h2 id=\"" + table.name() + "\">" + escape(text(table.descriptionKey())) + "</h2>\n"
                    + "<table class=\"" + table.name() + "\">\n<thead><tr>");
            for (String h : header(table)) {
                page.write("<th scope=\"col\">" + escape(h) + "</th>");
            }
            page.write("</tr></thead>\n<tbody>\n");
            g.writeStartArray(table.jsonName());
        }

        @Override
        void row(ExportTable table, Object[] values) throws IOException {
            List<ExportColumn> columns = table.columns();
            g.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                json(g, columns.get(i), values[i]);
            }
            g.writeEnd();
            if (rowsOnPage++ < HTML_ROWS) {
                StringBuilder tr = new StringBuilder("<tr>");
                for (int i = 0; i < values.length; i++) {
                    String shown = readable(columns.get(i), values[i]);
                    tr.append("<td>").append(shown == null ? "" : escape(shown)).append("</td>");
                }
                page.write(tr.append("</tr>\n").toString());
            }
        }

        /**
         * The value as the portal's screens write it in the reader's language: times and days as
         * words and numbers ("1 dec. 2026 14:05", "2 mrt. 2026"), numbers with their thousands
         * ("1.234.567"); the CSV files keep the forms programs read, times to the second.
         */
        private String readable(ExportColumn column, Object value) {
            if (value == null) {
                return null;
            }
            return switch (column.kind()) {
                case NUMBER -> numbers.format(((Number) value).longValue());
                case TIME -> readableTime.format(((Instant) value).truncatedTo(ChronoUnit.SECONDS));
                case DATE -> readableDate.format((LocalDate) value);
                default -> shown(column, value);
            };
        }

        @Override
        void end(ExportTable table, long rows) throws IOException {
            g.writeEnd();
            page.write("</tbody>\n</table>\n");
            if (rows == 0) {
                page.write("<p class=\"empty\">" + escape(text("export.html.empty")) + "</p>\n");
            }
            if (rows > HTML_ROWS) {
                page.write("<p class=\"partial\">"
                        + escape(new MessageFormat(text("export.html.partial"), locale)
                                .format(new Object[] {rows, HTML_ROWS, table.name()}))
                        + "</p>\n");
            }
            page.write("</section>\n");
        }

        @Override
        void finish() throws IOException {
            g.writeEnd();
            g.flush();
            page.write("</main>\n</body>\n</html>\n");
            json.finish();
            html.finish();
        }

        @Override
        public void close() throws IOException {
            closeAll(List.of(json, html));
        }
    }

    private List<String> header(ExportTable table) {
        return table.columns().stream().map(c -> text(c.headerKey())).toList();
    }

    private static void closeAll(List<DeflatedPart> parts) throws IOException {
        IOException failed = null;
        for (DeflatedPart p : parts) {
            try {
                p.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
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
                + escape(MessageFormat.format(
                        text("export.readme.made"), readableTime.format(madeAt.truncatedTo(ChronoUnit.SECONDS))))
                + "</p>\n<p>"
                + escape(text("export.html.times")) + "</p>\n");
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
                            text(counts.get(i) == 1 ? "export.readme.table.one" : "export.readme.table"),
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
}
