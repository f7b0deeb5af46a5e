package nl.provalue.privacy.application.export;

import static nl.provalue.privacy.application.export.ExportColumn.code;
import static nl.provalue.privacy.application.export.ExportColumn.date;
import static nl.provalue.privacy.application.export.ExportColumn.number;
import static nl.provalue.privacy.application.export.ExportColumn.text;
import static nl.provalue.privacy.application.export.ExportColumn.time;
import static nl.provalue.privacy.application.export.ExportColumn.yesNo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.provalue.privacy.domain.rights.RightsRequestStatus;
import nl.provalue.privacy.domain.shared.Purpose;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The export's files without a server: the two CSV dialects (RFC 4180 for programs, semicolons
 * and a BOM for Dutch Excel), the same fields in JSON and CSV, codes with labels, times in
 * Europe/Amsterdam and the summary.
 */
public class ExportWriterTest {

    static final Instant WINTER = Instant.parse("2026-12-01T13:05:00Z");
    static final Instant SUMMER = Instant.parse("2026-07-01T13:05:00.123Z");

    static final List<ExportColumn> COLUMNS = List.of(
            text("description"),
            number("bytes"),
            time("time"),
            date("day"),
            yesNo("extended"),
            code("status", "rights.status."),
            code("purposes", "purpose."));

    static final List<Object[]> ROWS = List.of(
            new Object[] {
                "Jansen, Jan",
                12L,
                WINTER,
                LocalDate.of(2026, 12, 1),
                true,
                RightsRequestStatus.REFUSED,
                List.of(Purpose.ADMINISTRATION, Purpose.COMMUNICATION)
            },
            new Object[] {"zei \"ja\"; Jörg Müller, Zoë", 0L, SUMMER, null, false, RightsRequestStatus.DONE, List.of()},
            new Object[] {"twee\nregels", null, null, null, null, null, List.of()},
            new Object[] {"=1+2", -5L, null, null, false, null, List.of()});

    static Map<String, byte[]> export(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(locale)
                .write(
                        "PV100231",
                        WINTER,
                        List.of(new ExportTable("rights-requests", COLUMNS, row -> ROWS.forEach(row))),
                        out);
        return unzip(out.toByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String text, CSVFormat format) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            return p.getRecords();
        }
    }

    @Test
    void theMachineCsvIsRfc4180_commaCrlfUtf8WithoutBom() throws IOException {
        byte[] bytes = export(Locale.forLanguageTag("nl")).get("csv/rights-requests.csv");
        String csv = utf8(bytes);
        assertFalse(csv.startsWith("\uFEFF"), "no byte order mark for programs");
        assertTrue(csv.startsWith("Omschrijving,Bytes,Tijd,Dag,Verlengd,Stand,Waarvoor\r\n"), csv);
        assertTrue(
                csv.contains("\r\n\"Jansen, Jan\",12,2026-12-01T14:05:00+01:00,2026-12-01,ja,Afgewezen,"
                        + "\"Administratie, Communicatie met u\"\r\n"),
                csv);
        assertTrue(csv.contains("\"zei \"\"ja\"\"; Jörg Müller, Zoë\""), "quotes doubled, accents as UTF-8");
        assertTrue(csv.contains("\"twee\nregels\""), "a line break stays inside its quoted cell");
        assertTrue(csv.contains("'=1+2,-5"), "a formula is neutralised, a number the portal counts is not");
        assertFalse(csv.replace("\r\n", "").contains("\r"), "records end in CRLF, nothing else");
        assertEquals(ROWS.size() + 1, parse(csv, CSVFormat.RFC4180).size(), "a strict RFC 4180 reader finds every row");
    }

    @Test
    void theExcelCsvHasABomAndSemicolons_andHoldsTheSameCells() throws IOException {
        Map<String, byte[]> files = export(Locale.forLanguageTag("nl"));
        byte[] bytes = files.get("excel/rights-requests.csv");
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF, "UTF-8 byte order mark: Excel reads the accents right");
        String excel = utf8(bytes).substring(1);
        assertTrue(excel.startsWith("Omschrijving;Bytes;Tijd;Dag;Verlengd;Stand;Waarvoor\r\n"), excel);
        assertTrue(
                excel.contains(
                        "\r\n\"zei \"\"ja\"\"; Jörg Müller, Zoë\";0;2026-07-01T15:05:00+02:00;;nee;Beantwoord;\r\n"),
                "a semicolon in a cell is quoted; summer time has +02:00: " + excel);
        List<CSVRecord> excelRows = parse(excel, ExportWriter.EXCEL_CSV);
        List<CSVRecord> machineRows = parse(utf8(files.get("csv/rights-requests.csv")), CSVFormat.RFC4180);
        assertEquals(values(machineRows), values(excelRows), "the same table in both dialects");
    }

    @Test
    void jsonHasEveryCsvFieldAndEveryCodeWithItsLabel() throws IOException {
        Map<String, byte[]> files = export(Locale.forLanguageTag("nl"));
        JsonObject data = Json.createReader(new StringReader(utf8(files.get("data.json"))))
                .readObject();
        assertEquals(ExportWriter.FORMAT, data.getString("format"));
        assertEquals("2026-12-01T14:05:00+01:00", data.getString("exportedAt"));
        assertEquals("nl", data.getString("language"));
        JsonArray rows = data.getJsonArray("rightsRequests");
        assertEquals(ROWS.size(), rows.size());
        Set<String> expected = new TreeSet<>(List.of(
                "description",
                "bytes",
                "time",
                "day",
                "extended",
                "status",
                "statusLabel",
                "purposes",
                "purposesLabel"));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(
                    expected, new TreeSet<>(rows.getJsonObject(i).keySet()), "row " + i + ": every column, nulls too");
        }
        JsonObject first = rows.getJsonObject(0);
        assertEquals("Jansen, Jan", first.getString("description"));
        assertEquals(12, first.getJsonNumber("bytes").longValue());
        assertEquals("2026-12-01T14:05:00+01:00", first.getString("time"));
        assertEquals("2026-12-01", first.getString("day"));
        assertTrue(first.getBoolean("extended"));
        assertEquals("REFUSED", first.getString("status"), "a stable code for programs");
        assertEquals("Afgewezen", first.getString("statusLabel"), "and its label next to it");
        assertEquals(
                List.of("ADMINISTRATION", "COMMUNICATION"),
                first.getJsonArray("purposes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("Administratie", first.getJsonArray("purposesLabel").getString(0));
        assertEquals("=1+2", rows.getJsonObject(3).getString("description"), "JSON keeps the text as it is");
        assertTrue(rows.getJsonObject(2).isNull("time") && rows.getJsonObject(2).isNull("statusLabel"));

        List<String> header = parse(utf8(files.get("csv/rights-requests.csv")), CSVFormat.RFC4180)
                .get(0)
                .toList();
        assertEquals(COLUMNS.size(), header.size(), "one CSV column per JSON field (a code's label is its cell)");
    }

    @Test
    void theSummaryIsInTheCustomersLanguageAndCountsTheRows() throws IOException {
        Map<String, byte[]> nl = export(Locale.forLanguageTag("nl"));
        assertEquals(
                List.of(
                        "csv/rights-requests.csv",
                        "excel/rights-requests.csv",
                        "data.json",
                        "overzicht.html",
                        "LEESMIJ.txt"),
                List.copyOf(nl.keySet()));
        String leesmij = utf8(nl.get("LEESMIJ.txt"));
        assertTrue(leesmij.contains("Klantnummer: PV100231"), leesmij);
        assertTrue(leesmij.contains("rights-requests.csv (in data.json: rightsRequests), 4 regels"), leesmij);
        assertTrue(leesmij.contains("Uw verzoeken over uw privacyrechten"), leesmij);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new ExportWriter(Locale.forLanguageTag("nl"))
                .write(
                        "PV100231",
                        WINTER,
                        List.of(new ExportTable("rights-requests", COLUMNS, row -> row.accept(ROWS.get(0)))),
                        one);
        String single = utf8(unzip(one.toByteArray()).get("LEESMIJ.txt"));
        assertTrue(single.contains("rights-requests.csv (in data.json: rightsRequests), 1 regel\r\n"), single);
        assertTrue(leesmij.contains("excel") && leesmij.contains("RFC 4180"), leesmij);

        Map<String, byte[]> en = export(Locale.ENGLISH);
        String readme = utf8(en.get("README.txt"));
        assertTrue(readme.contains("Customer number: PV100231") && readme.contains("4 rows"), readme);
        String csv = utf8(en.get("csv/rights-requests.csv"));
        assertTrue(csv.startsWith("Description,Bytes,Time,Day,Extended,Status,What for\r\n"), csv);
        assertTrue(csv.contains(",yes,Refused,"), csv);
    }

    private static List<List<String>> values(List<CSVRecord> records) {
        List<List<String>> all = new ArrayList<>();
        records.forEach(r -> all.add(r.toList()));
        return all;
    }

    @Test
    void theHtmlPageEscapesWhatACustomerTyped() {
        assertEquals(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
                ExportWriter.escape("<script>alert(\"x\")</script> & '"));
    }

    /** A table of many rows whose every row is its number; a row past {@code badFrom} has a text for a number. */
    private static ExportTable numbered(int rows, int badFrom) {
        return new ExportTable("access-log", List.of(number("bytes"), text("path")), row -> {
            for (int i = 0; i < rows; i++) {
                row.accept(new Object[] {i >= badFrom ? "not a number" : (Object) (long) i, "/p" + i});
            }
        });
    }

    @Test
    void manyRowsGoThroughTheWritingThreadsInOrder_eachFileWhole() throws IOException {
        int rows = ExportWriter.BATCH_ROWS * ExportWriter.QUEUED_BATCHES * 3 + 7;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(Locale.ENGLISH).write("PV1", WINTER, List.of(numbered(rows, Integer.MAX_VALUE)), out);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(
                List.of("csv/access-log.csv", "excel/access-log.csv", "data.json", "overview.html", "README.txt"),
                List.copyOf(files.keySet()));
        List<CSVRecord> csv;
        try (CSVParser p = CSVParser.parse(new StringReader(files.get("csv/access-log.csv")), CSVFormat.RFC4180)) {
            csv = p.getRecords();
        }
        assertEquals(rows + 1, csv.size());
        JsonArray json = Json.createReader(new StringReader(files.get("data.json")))
                .readObject()
                .getJsonArray("accessLog");
        assertEquals(rows, json.size());
        for (int i = 0; i < rows; i++) {
            assertEquals(String.valueOf(i), csv.get(i + 1).get(0), "CSV row " + i);
            assertEquals(i, json.getJsonObject(i).getJsonNumber("bytes").longValue(), "JSON row " + i);
        }
        assertTrue(files.get("README.txt").contains(rows + " rows"), files.get("README.txt"));
    }

    @Test
    void aWritingThreadThatFailsStopsTheExport_withItsErrorAndNoFilesLeft() throws IOException {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> before = exportFiles(tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] handedOver = {0};
        ExportTable bad = numbered(1_000_000, 20_000);
        ExportTable counted = new ExportTable(
                bad.name(),
                bad.columns(),
                row -> bad.rows().each(v -> {
                    handedOver[0]++;
                    row.accept(v);
                }));
        org.junit.jupiter.api.Assertions.assertThrows(
                ClassCastException.class,
                () -> new ExportWriter(Locale.ENGLISH).write("PV1", WINTER, List.of(counted), out));
        assertTrue(handedOver[0] < 1_000_000, "the reading stopped early: " + handedOver[0] + " rows");
        assertEquals(0, out.size(), "nothing of the ZIP was written");
        assertEquals(before, exportFiles(tmp), "no temporary file is left behind");
    }

    /** The export's temporary files in a directory, by name. */
    public static Set<String> exportFiles(java.nio.file.Path dir) throws IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("export-"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void anEmptyTableSaysSoOnTheHtmlPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportTable empty = new ExportTable("backups", List.of(text("description")), row -> {});
        new ExportWriter(Locale.forLanguageTag("nl")).write("PV1", WINTER, List.of(empty), out);
        String page = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("overzicht.html")) {
                    page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(
                page != null && page.contains("</table>\n<p class=\"empty\">Hiervan bewaren wij niets over u.</p>\n"),
                String.valueOf(page));
    }
}
