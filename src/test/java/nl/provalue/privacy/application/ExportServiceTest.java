package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.provalue.privacy.application.MyDataViews.BackupEntry;
import nl.provalue.privacy.application.MyDataViews.Contact;
import nl.provalue.privacy.application.MyDataViews.ContactCorrection;
import nl.provalue.privacy.application.MyDataViews.Disclosure;
import nl.provalue.privacy.application.MyDataViews.DomainContactEntry;
import nl.provalue.privacy.application.MyDataViews.DomainEntry;
import nl.provalue.privacy.application.MyDataViews.Item;
import nl.provalue.privacy.application.MyDataViews.ItemGroup;
import nl.provalue.privacy.application.MyDataViews.MailboxEntry;
import nl.provalue.privacy.application.MyDataViews.Paper;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.MyDataViews.Site;
import nl.provalue.privacy.application.MyDataViews.StaffAccess;
import nl.provalue.privacy.application.MyDataViews.Traffic;
import nl.provalue.privacy.application.export.ExportColumn;
import nl.provalue.privacy.application.export.ExportWriter;
import nl.provalue.privacy.application.export.ExportWriterTest;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.customer.ChangedField;
import nl.provalue.privacy.domain.customer.ContactField;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RequestStatus;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.mail.StoredMailLine;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.domain.rights.RequestChannel;
import nl.provalue.privacy.domain.rights.RightsRequestStatus;
import nl.provalue.privacy.domain.rights.RightsRequestType;
import nl.provalue.privacy.domain.rights.StatutoryDeadline;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.web.StoredAccessLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The export's catalogue without a server: every category the customer sees on screen is a table
 * in data.json, csv/ and excel/ with the same fields; the customer's rights requests and what we
 * keep are among them; headers and values are in the customer's language, no codes in the CSV;
 * and nothing is capped: thousands of staff openings are all read, page by page.
 */
public class ExportServiceTest {

    static final Instant T = Instant.parse("2026-12-01T13:05:00Z");
    static final int OPENINGS = 4_321;

    /** Every table of the export, in the order of the portal's menu. */
    public static final List<String> TABLES = List.of(
            "contact-details",
            "contact-corrections",
            "personal-data",
            "paper-records",
            "mailboxes",
            "mail-log",
            "websites",
            "traffic-per-day",
            "access-log",
            "domains",
            "backups",
            "disclosures",
            "staff-access",
            "rights-requests",
            "retention");

    /** Pages handed out and their largest size, to see that openings are read a page at a time. */
    final List<Integer> staffPages = new ArrayList<>();

    /** The transaction the service is given, if any, and whether each read ran inside it. */
    FakeTransaction transaction;

    final List<String> reads = new ArrayList<>();

    /** When set, the mail log's read waits here (released by the test) after saying it began. */
    java.util.concurrent.CountDownLatch mailLogBegan;

    java.util.concurrent.CountDownLatch mailLogMayGoOn;

    /** Lines of the access log handed over before the read fails; -1: it does not fail. */
    int accessLogFailsAfter = -1;

    /** A transaction that records what is done with it. */
    static final class FakeTransaction implements UserTransaction {
        final List<String> calls = new ArrayList<>();
        boolean open;

        @Override
        public void begin() {
            calls.add("begin");
            open = true;
        }

        @Override
        public void commit() {
            calls.add("commit");
            open = false;
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            open = false;
        }

        @Override
        public void setRollbackOnly() {
            calls.add("rollback only");
        }

        @Override
        public int getStatus() {
            return open ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            calls.add("timeout " + seconds);
        }
    }

    private void read(String what) {
        reads.add(what + (transaction != null && transaction.open ? " in the transaction" : " outside it"));
    }

    ExportService service() {
        ExportService export = new ExportService();
        export.clock = Clock.fixed(T, ZoneOffset.UTC);
        export.transaction = transaction;
        export.snapshot = () -> transaction.calls.add("read-only snapshot");
        export.myData = new MyDataService() {
            @Override
            public Profile profile(long customerId) {
                read("profile");
                return new Profile(
                        "PV100231",
                        new Contact(
                                "Jan Jansen",
                                null,
                                "Lindengracht 112",
                                "1015 KK",
                                "Amsterdam",
                                "NL",
                                "+31 6 41 27 83 90",
                                "jan@jansenfotografie.nl",
                                T,
                                ItemSource.WEB_FORM),
                        List.of(new ItemGroup(
                                DataCategory.BILLING,
                                List.of(new Item(
                                        1,
                                        DataCategory.BILLING,
                                        "IBAN",
                                        "NL91 ABNA 0417 1643 00",
                                        ItemSource.ORAL,
                                        T,
                                        StorageMedium.BOTH,
                                        List.of(Purpose.ADMINISTRATION),
                                        true,
                                        "machtiging.pdf")))),
                        List.of(new Paper(
                                "Getekende machtiging", "Archiefkast B", LocalDate.of(2026, 1, 5), null, null, 3)),
                        List.of(new ContactCorrection(
                                ChangedField.CITY,
                                null,
                                null,
                                "Den Haag",
                                "Rotterdam",
                                ItemSource.WEB_FORM,
                                T,
                                "jan.jansen")));
            }

            @Override
            public List<Site> websites(long customerId) {
                return List.of(new Site(
                        5,
                        "www.jansenfotografie.nl",
                        "Zakelijk",
                        100L,
                        YearMonth.of(2026, 12),
                        40L,
                        40,
                        false,
                        false,
                        T,
                        2,
                        List.of(new Traffic(LocalDate.of(2026, 12, 1), 40, 2)),
                        List.of()));
            }

            @Override
            public void eachAccessLine(long customerId, long websiteId, Consumer<StoredAccessLine> each) {
                read("access log");
                if (accessLogFailsAfter >= 0) {
                    for (int i = 0; i < accessLogFailsAfter; i++) {
                        each.accept(new StoredAccessLine(i, T, "192.0.2.7", "GET", "/p" + i, 200, 1234));
                    }
                    throw new IllegalStateException("the database went away");
                }
                each.accept(new StoredAccessLine(9, T, "192.0.2.7", "GET", "/portfolio", 200, 1234));
            }

            @Override
            public List<MailboxEntry> mailboxes(long customerId) {
                return List.of(new MailboxEntry(
                        "jan@jansenfotografie.nl",
                        List.of(MailProtocol.IMAP),
                        MailRetentionMode.KEEP_UNTIL_DELETED,
                        null,
                        12,
                        3456,
                        T,
                        T));
            }

            @Override
            public void eachMailLine(long customerId, Consumer<StoredMailLine> each) {
                read("mail log");
                if (mailLogBegan != null) {
                    mailLogBegan.countDown();
                    try {
                        mailLogMayGoOn.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                each.accept(new StoredMailLine(1, T, "a@example.org", "jan@jansenfotografie.nl", 100, "bounced"));
                each.accept(new StoredMailLine(2, T, "b@example.org", "jan@jansenfotografie.nl", 100, "somethingnew"));
            }

            @Override
            public List<DomainEntry> domains(long customerId) {
                return List.of(new DomainEntry(
                        "jansenfotografie.nl",
                        LocalDate.of(2019, 3, 1),
                        LocalDate.of(2027, 3, 1),
                        List.of(new DomainContactEntry(
                                ContactRole.REGISTRANT,
                                HolderKind.NATURAL_PERSON,
                                "Jan Jansen",
                                null,
                                "jan@jansenfotografie.nl",
                                null,
                                false))));
            }

            @Override
            public List<BackupEntry> backups(long customerId) {
                return List.of(new BackupEntry(BackupKind.MAIL, "Nachtelijke back-up", T, T, null, 999));
            }

            @Override
            public List<Disclosure> disclosures(long customerId) {
                return List.of(new Disclosure(
                        "REG-2026-0001",
                        RequestType.SUBSCRIBER_DATA,
                        AuthorityType.POLICE,
                        "Politie Amsterdam",
                        LegalBasis.SV_SUBSCRIBER_DATA,
                        LocalDate.of(2026, 3, 2),
                        RequestStatus.REFUSED,
                        true,
                        List.of(DataScope.SUBSCRIBER_DATA, DataScope.MAIL_LOG),
                        "Geen bevel",
                        null,
                        null));
            }

            @Override
            public List<StaffAccess> staffAccessesBefore(long customerId, Instant beforeTime, Long beforeId, int max) {
                read("staff openings");
                long start = beforeId == null ? OPENINGS : beforeId - 1;
                List<StaffAccess> page = new ArrayList<>();
                for (long id = start; id >= 1 && page.size() < max; id--) {
                    page.add(new StaffAccess(
                            id,
                            T.minusSeconds(OPENINGS - id),
                            "Eva Visser",
                            id % 2 == 0 ? AccessPurpose.RIGHTS_REQUEST : AccessPurpose.BILLING,
                            id % 2 == 0 ? "ERASURE" : null,
                            "Opening " + id,
                            T,
                            1));
                }
                staffPages.add(page.size());
                return page;
            }

            @Override
            public List<StaffAccess> staffAccesses(long customerId, int first, int max) {
                return staffAccessesBefore(customerId, null, null, Math.min(max, 500));
            }
        };
        export.rights = new RightsRequests() {
            @Override
            public List<View> ofCustomer(long customerId) {
                return List.of(new View(
                        7,
                        "PV100231",
                        "Jan Jansen",
                        RightsRequestType.ERASURE,
                        RequestChannel.PORTAL,
                        "Wis mijn oude website",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2027, 1, 1),
                        true,
                        "Veel gegevens op papier",
                        RightsRequestStatus.REFUSED,
                        "Wettelijke bewaarplicht",
                        "eva.visser",
                        StatutoryDeadline.Urgency.ON_TIME,
                        List.of()));
            }
        };
        return export;
    }

    Map<String, String> export(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service().writeExport(1, locale, out);
        return unzip(out.toByteArray());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    static String camel(String name) {
        StringBuilder s = new StringBuilder();
        String[] parts = name.split("-");
        s.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return s.toString();
    }

    @Test
    void everyCategoryIsInJsonCsvAndExcel_withTheSameFieldsAndRows() throws IOException {
        Map<String, String> files = export(Locale.forLanguageTag("nl"));
        JsonObject data =
                Json.createReader(new StringReader(files.get("data.json"))).readObject();
        for (String table : TABLES) {
            String machine = files.get("csv/" + table + ".csv");
            String excel = files.get("excel/" + table + ".csv");
            assertTrue(machine != null && excel != null, table + " in csv/ and excel/: " + files.keySet());
            JsonArray rows = data.getJsonArray(camel(table));
            assertTrue(rows != null && !rows.isEmpty(), table + " in data.json");
            List<CSVRecord> records = csv(machine);
            assertEquals(rows.size() + 1, records.size(), table + ": the same rows in JSON and CSV, plus a header");
            Set<String> fields = new TreeSet<>(rows.getJsonObject(0).keySet());
            Set<String> withoutLabels = new TreeSet<>(fields);
            withoutLabels.removeIf(f -> f.endsWith("Label") && fields.contains(f.substring(0, f.length() - 5)));
            assertEquals(
                    withoutLabels.size(),
                    records.get(0).size(),
                    table + ": every CSV column is a JSON field and every JSON field (but a code's label) a column: "
                            + fields);
            for (int i = 1; i < rows.size(); i++) {
                assertEquals(fields, rows.getJsonObject(i).keySet(), table + ": every row has every field");
            }
            assertEquals('\uFEFF', excel.charAt(0), table + ": Excel's file starts with a byte order mark");
            try (CSVParser p = CSVParser.parse(
                    new StringReader(excel.substring(1)),
                    nl.provalue.privacy.application.export.ExportWriter.EXCEL_CSV)) {
                assertEquals(
                        records.stream().map(CSVRecord::toList).toList(),
                        p.getRecords().stream().map(CSVRecord::toList).toList(),
                        table + ": Excel's file holds the same cells");
            }
        }
        assertTrue(files.containsKey("LEESMIJ.txt"), files.keySet().toString());
    }

    /** The rows of one table of the HTML page, header first, each a list of its cells' texts. */
    public static List<List<String>> htmlRows(String page, String table) {
        java.util.regex.Matcher t = java.util.regex.Pattern.compile(
                        "<table class=\"" + table + "\">(.*?)</table>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertTrue(t.find(), table + " in the HTML page");
        List<List<String>> rows = new ArrayList<>();
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("<tr>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(t.group(1));
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            java.util.regex.Matcher td = java.util.regex.Pattern.compile(
                            "<t[hd][^>]*>(.*?)</t[hd]>", java.util.regex.Pattern.DOTALL)
                    .matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1)
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A CSV cell as the HTML page writes it for a person: times, days and numbers the reader's way. */
    static String readable(ExportColumn.Kind kind, String csvCell, Locale locale) {
        if (csvCell.isEmpty()) {
            return csvCell;
        }
        return switch (kind) {
            case TIME ->
                java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(java.time.OffsetDateTime.parse(csvCell));
            case DATE ->
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(LocalDate.parse(csvCell));
            case NUMBER -> java.text.NumberFormat.getIntegerInstance(locale).format(Long.parseLong(csvCell));
            default -> csvCell;
        };
    }

    @Test
    void theHtmlPageWritesTimesDaysAndNumbersTheReadersWay() throws IOException {
        String dutch = export(Locale.forLanguageTag("nl")).get("overzicht.html");
        assertTrue(
                dutch.contains("<td>Naam</td><td>Jan Jansen</td><td>Webformulier</td><td>1 dec. 2026 14:05</td>"),
                dutch);
        assertTrue(dutch.contains("<td>2 mrt. 2026</td>"), "a day in Dutch");
        assertTrue(dutch.contains("<td>/portfolio</td><td>200</td><td>1.234</td>"), "a number with its thousands");
        assertFalse(dutch.contains("2026-12-01T14:05:00+01:00"), "no ISO time on the page for people");
        String english = export(Locale.ENGLISH).get("overview.html");
        assertTrue(english.contains("<td>/portfolio</td><td>200</td><td>1,234</td>"), english);
        assertTrue(english.contains("Dec 1, 2026"), "a day in English");
    }

    /** The note under a table on the HTML page that not all its rows are there, or null. */
    static String partialNote(String page, String table) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<table class=\"" + table
                                + "\">.*?</table>\n(?:<p class=\"empty\">[^<]*</p>\n)?(?:<p class=\"partial\">(.*?)</p>\n)?</section>",
                        java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), table + " in the HTML page");
        return m.group(1);
    }

    @Test
    void everyCategoryIsInTheHtmlPageWithTheCsvsHeadersAndCells() throws IOException {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            Map<String, String> files = export(locale);
            String name = locale.getLanguage().equals("nl") ? "overzicht.html" : "overview.html";
            String page = files.get(name);
            assertTrue(page != null, name + " in the ZIP: " + files.keySet());
            assertTrue(
                    page.startsWith("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">"),
                    page.substring(0, 60));
            ExportService service = service();
            Map<String, List<ExportColumn.Kind>> kinds = new HashMap<>();
            service.tables(1, service.myData.profile(1), new ExportWriter(locale))
                    .forEach(t -> kinds.put(
                            t.name(),
                            t.columns().stream().map(ExportColumn::kind).toList()));
            for (String table : TABLES) {
                List<CSVRecord> records = csv(files.get("csv/" + table + ".csv"));
                List<List<String>> rows = htmlRows(page, table);
                int lines = records.size() - 1;
                assertEquals(
                        Math.min(lines, ExportWriter.HTML_ROWS) + 1,
                        rows.size(),
                        table + ": the CSV file's rows, header included, up to " + ExportWriter.HTML_ROWS);
                String partial = partialNote(page, table);
                if (lines > ExportWriter.HTML_ROWS) {
                    assertEquals(
                            locale.getLanguage().equals("nl")
                                    ? "Deze tabel heeft 4.321 regels. Hier staan de eerste 1.000; alle regels staan in"
                                            + " csv/staff-access.csv, excel/staff-access.csv en data.json."
                                    : "This table has 4,321 rows. The first 1,000 are shown here; all rows are in"
                                            + " csv/staff-access.csv, excel/staff-access.csv and data.json.",
                            partial,
                            table + ": the page says where the other rows are");
                } else {
                    assertEquals(null, partial, table + ": the whole table is on the page");
                }
                assertEquals(
                        lines == 0,
                        page.contains("<table class=\"" + table + "\">")
                                && page.split("<table class=\"" + table + "\">", 2)[1].split("</section>", 2)[0]
                                        .contains("<p class=\"empty\">"),
                        table + ": an empty table says so");
                for (int r = 0; r < rows.size(); r++) {
                    List<String> csvCells = records.get(r).toList();
                    List<String> htmlCells = rows.get(r);
                    assertEquals(csvCells.size(), htmlCells.size(), table + " row " + r);
                    for (int c = 0; c < csvCells.size(); c++) {
                        String csvCell = csvCells.get(c);
                        String htmlCell = htmlCells.get(c);
                        String readable =
                                r == 0 ? csvCell : readable(kinds.get(table).get(c), csvCell, locale);
                        assertTrue(
                                readable.equals(htmlCell) || readable.equals("'" + htmlCell),
                                table + " row " + r + " column " + c + ": CSV " + csvCell + ", HTML " + htmlCell);
                    }
                }
            }
        }
    }

    @Test
    void theRightsRequestsAndWhatWeKeepAreExported() throws IOException {
        Map<String, String> files = export(Locale.forLanguageTag("nl"));
        List<CSVRecord> rights = csv(files.get("csv/rights-requests.csv"));
        assertEquals(
                List.of(
                        "Soort",
                        "Omschrijving",
                        "Ontvangen per",
                        "Ontvangen op",
                        "Antwoord uiterlijk",
                        "Verlengd",
                        "Reden van verlenging",
                        "Stand",
                        "Antwoord"),
                rights.get(0).toList());
        assertEquals(
                List.of(
                        "Wissen",
                        "Wis mijn oude website",
                        "portaal",
                        "2026-10-01",
                        "2027-01-01",
                        "ja",
                        "Veel gegevens op papier",
                        "Afgewezen",
                        "Wettelijke bewaarplicht"),
                rights.get(1).toList());
        JsonObject request = Json.createReader(new StringReader(files.get("data.json")))
                .readObject()
                .getJsonArray("rightsRequests")
                .getJsonObject(0);
        assertEquals("REFUSED", request.getString("status"));
        assertEquals("Afgewezen", request.getString("statusLabel"));
        assertEquals("ERASURE", request.getString("type"));
        assertTrue(request.getBoolean("extended"));

        List<CSVRecord> kept = csv(files.get("csv/retention.csv"));
        assertEquals(KeptCategory.values().length + 1, kept.size(), "every category of the 'what we keep' page");
        assertEquals(
                List.of(
                        "Soort",
                        "Wat",
                        "Waarvoor",
                        "Grondslag",
                        "Bron",
                        "Bewaartermijn",
                        "Verwijdering",
                        "Privacybeleid"),
                kept.get(0).toList());
        CSVRecord mailLog = kept.stream()
                .filter(r -> r.get(0).equals("Maillog"))
                .findFirst()
                .orElseThrow();
        assertTrue(mailLog.get(5).contains("4 weken"), mailLog.toString());
        assertEquals("Gerechtvaardigd belang", mailLog.get(3));
    }

    @Test
    void headersAndValuesAreWordsInTheCustomersLanguage_neverCodes() throws IOException {
        Map<String, String> files = export(Locale.forLanguageTag("nl"));
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(
                ContactField.class,
                ItemSource.class,
                StorageMedium.class,
                Purpose.class,
                DataCategory.class,
                MailProtocol.class,
                MailRetentionMode.class,
                ContactRole.class,
                HolderKind.class,
                BackupKind.class,
                RequestType.class,
                AuthorityType.class,
                LegalBasis.class,
                RequestStatus.class,
                DataScope.class,
                AccessPurpose.class,
                RightsRequestType.class,
                RequestChannel.class,
                RightsRequestStatus.class,
                KeptCategory.class,
                KeptCategory.LegalGround.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                codes.add(e.name());
            }
        }
        for (String table : TABLES) {
            for (CSVRecord r : csv(files.get("csv/" + table + ".csv"))) {
                for (String cell : r) {
                    assertFalse(
                            codes.contains(cell) && !cell.equals("FIOD") && !cell.equals("IMAP"),
                            table + ": an internal code in a cell: " + cell);
                    assertFalse(cell.matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), table + ": a UTC time: " + cell);
                }
            }
        }
        String staff = files.get("csv/staff-access.csv");
        assertTrue(
                staff.startsWith("Geopend op,Medewerker,Waarvoor,Toelichting van de medewerker,Laatst bekeken op,"
                        + "Keren bekeken\r\n"),
                staff);
        assertTrue(staff.contains("Uw verzoek (verwijdering) afhandelen"), "the purpose as the customer reads it");
        assertTrue(
                files.get("csv/contact-details.csv").contains("Naam,Jan Jansen,Webformulier,2026-12-01T14:05:00+01:00"),
                "times in Europe/Amsterdam with their offset");
        assertTrue(
                files.get("csv/mail-log.csv").contains("Niet afgeleverd, teruggestuurd"), "a Postfix status in words");
        assertTrue(
                files.get("csv/mail-log.csv").contains(",somethingnew,"), "one the portal has no words for, as it is");
        assertTrue(files.get("csv/disclosures.csv").contains("\"Gebruikersgegevens, Maillog\""));

        Map<String, String> english = export(Locale.ENGLISH);
        assertTrue(english.containsKey("README.txt"));
        assertTrue(
                english.get("csv/rights-requests.csv").startsWith("Kind,Description,Received by,"),
                english.get("csv/rights-requests.csv"));
        assertTrue(english.get("csv/rights-requests.csv").contains("Refused"));
    }

    @Test
    void p12_everyStaffOpeningIsExported_readAPageAtATime() throws IOException {
        Map<String, String> files = export(Locale.forLanguageTag("nl"));
        List<CSVRecord> rows = csv(files.get("csv/staff-access.csv"));
        assertEquals(OPENINGS + 1, rows.size(), "all openings, none capped");
        assertEquals(
                OPENINGS,
                Json.createReader(new StringReader(files.get("data.json")))
                        .readObject()
                        .getJsonArray("staffAccess")
                        .size());
        assertEquals(
                OPENINGS, rows.stream().skip(1).map(r -> r.get(3)).distinct().count(), "each once");
        assertTrue(
                staffPages.size() > 1 && staffPages.stream().allMatch(n -> n <= ExportService.BATCH),
                "read in pages of at most " + ExportService.BATCH + ": " + staffPages);
        assertTrue(
                files.get("LEESMIJ.txt")
                        .contains("staff-access.csv (in data.json: staffAccess), " + OPENINGS + " regels"),
                files.get("LEESMIJ.txt"));
    }

    @Test
    void p15_theWholeExportIsReadInOneTransactionThatOnlyReads() throws Exception {
        transaction = new FakeTransaction();
        java.nio.file.Path zip = service().prepareExport(1, Locale.forLanguageTag("nl"));
        try {
            assertEquals(
                    List.of(
                            "timeout " + ExportService.SNAPSHOT_SECONDS,
                            "begin",
                            "timeout 0",
                            "read-only snapshot",
                            "rollback"),
                    transaction.calls,
                    "one transaction with room for a long log, a read-only snapshot before the first read,"
                            + " rolled back: it only reads");
            assertTrue(reads.size() > 3, reads.toString());
            assertTrue(
                    reads.stream().allMatch(r -> r.endsWith(" in the transaction")),
                    "every category from the same snapshot: " + reads);
            Map<String, String> files = unzip(java.nio.file.Files.readAllBytes(zip));
            assertTrue(
                    files.containsKey("csv/access-log.csv") && files.containsKey("data.json"),
                    files.keySet().toString());
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
        }
    }

    @Test
    void p15_aReadThatFailsHalfwayLeavesNoFileAndNoHalfExport() throws Exception {
        transaction = new FakeTransaction();
        accessLogFailsAfter = 5_000;
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> before = ExportWriterTest.exportFiles(tmp);
        IllegalStateException failed = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> service().prepareExport(1, Locale.ENGLISH));
        assertEquals("the database went away", failed.getMessage());
        assertEquals("rollback", transaction.calls.get(transaction.calls.size() - 1));
        assertEquals(before, ExportWriterTest.exportFiles(tmp), "no temporary file of the export is left behind");
    }

    @Test
    void aCustomerGetsOneExportAtATime_aSecondWhileTheFirstRunsIsRefused() throws Exception {
        mailLogBegan = new java.util.concurrent.CountDownLatch(1);
        mailLogMayGoOn = new java.util.concurrent.CountDownLatch(1);
        ExportService export = service();
        java.util.concurrent.ExecutorService first = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var running = first.submit(() -> export.prepareExport(1, Locale.ENGLISH));
            assertTrue(mailLogBegan.await(10, java.util.concurrent.TimeUnit.SECONDS));
            var busy = org.junit.jupiter.api.Assertions.assertThrows(
                    nl.provalue.privacy.application.export.ExportBusyException.class,
                    () -> export.prepareExport(1, Locale.ENGLISH));
            assertTrue(busy.ownExportRunning());
            mailLogMayGoOn.countDown();
            java.nio.file.Files.delete(running.get(30, java.util.concurrent.TimeUnit.SECONDS));
            mailLogBegan = null;
            java.nio.file.Files.delete(export.prepareExport(1, Locale.ENGLISH));
        } finally {
            mailLogMayGoOn.countDown();
            first.shutdownNow();
        }
    }
}
