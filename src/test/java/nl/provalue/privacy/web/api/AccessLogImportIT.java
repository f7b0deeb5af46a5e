package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P3, P6: a real web server's access log (10,000 lines) imported over HTTP into MariaDB: every
 * line accounted for, the traffic equal to the sum of the size field and counted per day as the
 * log arrives, the log's storage known, nothing stored twice, other virtual hosts not placed, and
 * an interrupted import resumed from its checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogImportIT {

    static final Path REAL_LOG = Path.of("src/test/resources/logs/apache_logs");
    static final long REAL_LOG_SIZE_FIELD_SUM = 2_747_282_740L;
    private static final Duration WAIT = Duration.ofSeconds(300);
    private static final DateTimeFormatter APACHE =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    /** Signed in once for the whole class: a staff member's code is accepted once, so every new sign-in waits for the next one. */
    private static PortalHttp staff;

    private PortalHttp staff() {
        if (staff == null) {
            staff = new PortalHttp(base).login("lotte.mulder", "Welkom-Lotte-2026");
        }
        return staff;
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static long number(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /** A website of its own for each test, so that counts are exact. */
    static long newWebsite(String hostname) {
        return Db.newWebsite("PV100912", hostname);
    }

    @Test
    void p3_p6_theRealLogIsImportedWhole_trafficPerDayEqualsTheSizeField_aSecondImportStoresNothingTwice()
            throws Exception {
        String host = "www.import" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        String log = Files.readString(REAL_LOG, StandardCharsets.ISO_8859_1);
        List<String> lines = log.lines().toList();

        HttpResponse<String> r = staff().post(
                        "/api/staff/import/access-log?site=" + host + "&name=apache_logs&wait=280",
                        "application/octet-stream",
                        log,
                        WAIT);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(10_000, number(report, "lines"));
        assertEquals(10_000, number(report, "imported") + number(report, "skipped"), "every line accounted for");
        assertEquals(0, number(report, "skipped"));
        assertEquals(Files.size(REAL_LOG), number(report, "bytesRead"));
        assertEquals(REAL_LOG_SIZE_FIELD_SUM, number(report, "bytesCounted"));
        assertEquals(host, report.getString("site"));

        assertEquals(10_000, Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site));
        assertEquals(
                REAL_LOG_SIZE_FIELD_SUM,
                Db.scalar("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", site));
        assertEquals(10_000, Db.scalar("SELECT sum(requests) FROM traffic_day WHERE website_id = ?", site));
        // Per day in the provider's time zone, as the counters are kept.
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (String line : lines) {
            int open = line.indexOf('[');
            LocalDate day = java.time.ZonedDateTime.parse(line.substring(open + 1, line.indexOf(']', open)), APACHE)
                    .withZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
                    .toLocalDate();
            String[] fields =
                    line.substring(line.indexOf('"', line.indexOf('"') + 1) + 2).split(" ");
            long size = "-".equals(fields[1]) ? 0 : Long.parseLong(fields[1]);
            long[] t = perDay.computeIfAbsent(day, d -> new long[2]);
            t[0] += size;
            t[1]++;
        }
        assertEquals(perDay.size(), Db.scalar("SELECT count(*) FROM traffic_day WHERE website_id = ?", site));
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            assertEquals(
                    day.getValue()[0],
                    Db.scalar(
                            "SELECT bytes_served FROM traffic_day WHERE website_id = ?" + " AND traffic_date = ?",
                            site,
                            day.getKey()),
                    day.getKey().toString());
            assertEquals(
                    day.getValue()[1],
                    Db.scalar(
                            "SELECT requests FROM traffic_day WHERE website_id = ?" + " AND traffic_date = ?",
                            site,
                            day.getKey()));
        }
        assertEquals(10_000, Db.scalar("SELECT entries FROM access_log_usage WHERE website_id = ?", site));
        assertEquals(
                Files.size(REAL_LOG),
                Db.scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?", site),
                "the log's storage is the bytes of its lines");
        assertEquals(
                Instant.parse("2015-05-17T10:05:00Z").getEpochSecond(),
                Db.scalar(
                        "SELECT unix_timestamp(oldest_at) + timestampdiff(SECOND, utc_timestamp(), now())"
                                + " FROM access_log_usage WHERE website_id = ?",
                        site));

        JsonObject again =
                json(staff().post("/api/staff/import/access-log?site=" + host + "&wait=280", "text/plain", log, WAIT));
        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(0, number(again, "imported"));
        assertEquals(10_000, number(again, "duplicates"));
        assertEquals(0, number(again, "bytesCounted"));
        assertEquals(10_000, Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site));
        assertEquals(
                REAL_LOG_SIZE_FIELD_SUM,
                Db.scalar("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", site));
        assertEquals(
                Files.size(REAL_LOG),
                Db.scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?", site));
    }

    @Test
    void p6_linesOfOtherVirtualHostsAreNotPlaced_identicalRequestsAreTwoEntries() throws Exception {
        String host = "shop" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        String line =
                "203.0.113.9 - - [30/Nov/2026:23:30:00 +0100] \"GET /winkelwagen HTTP/1.1\" 200 1000 \"-\" \"Mozilla/5.0\"";
        String log = host + ":443 " + line + "\n"
                + "www." + host + ":443 " + line + "\n"
                + "www." + host + ":443 " + line + "\n"
                + "andere-site.nl:80 " + line + "\n"
                + "2001:db8::1 - - [01/Dec/2026:00:30:00 +0100] \"GET / HTTP/1.1\" 304 - \"-\" \"curl/8\"\n"
                + "geen logregel\n";
        JsonObject report =
                json(staff().post("/api/staff/import/access-log?site=" + host + "&wait=60", "text/plain", log, WAIT));
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(6, number(report, "lines"));
        assertEquals(4, number(report, "imported"), "the same request three times is three requests");
        assertEquals(1, number(report, "unmatched"));
        assertEquals(1, number(report, "skipped"));
        assertEquals(
                3000,
                Db.scalar(
                        "SELECT bytes_served FROM traffic_day WHERE website_id = ? AND traffic_date = ?",
                        site,
                        LocalDate.of(2026, 11, 30)));
        assertEquals(
                1,
                Db.scalar(
                        "SELECT requests FROM traffic_day WHERE website_id = ? AND traffic_date = ?",
                        site,
                        LocalDate.of(2026, 12, 1)),
                "23:30 and 00:30 Amsterdam time are two days");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM access_log_entry WHERE website_id = ? AND client_ip = '2001:db8::1'",
                        site));

        JsonObject again =
                json(staff().post("/api/staff/import/access-log?site=" + host + "&wait=60", "text/plain", log, WAIT));
        assertEquals(4, number(again, "duplicates"));
        assertEquals(0, number(again, "imported"));
    }

    /**
     * A log imported again after it grew: the lines stored before are skipped, the new ones among
     * them are stored and only they are counted, in the import's report, the daily traffic and the
     * log's usage.
     */
    @Test
    void p3_p6_aGrownLogImportedAgainStoresAndCountsOnlyItsNewLines() throws Exception {
        String host = "gegroeid" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            first.append(String.format(
                    "198.51.100.9 - - [30/Nov/2026:12:%02d:00 +0100] \"GET /pagina/%d HTTP/1.1\" 200 100%n", i, i));
        }
        JsonObject before = json(staff().post(
                        "/api/staff/import/access-log?site=" + host + "&wait=60",
                        "text/plain",
                        first.toString(),
                        WAIT));
        assertEquals(30, number(before, "imported"), before.toString());

        // The same lines, with new ones between and after them.
        StringBuilder grown = new StringBuilder();
        String[] old = first.toString().split("\n");
        for (int i = 0; i < old.length; i++) {
            grown.append(old[i]).append('\n');
            if (i % 10 == 5) {
                grown.append(String.format(
                        "198.51.100.9 - - [30/Nov/2026:13:%02d:00 +0100] \"GET /nieuw/%d HTTP/1.1\" 200 7%n", i, i));
            }
        }
        JsonObject again = json(staff().post(
                        "/api/staff/import/access-log?site=" + host + "&wait=60",
                        "text/plain",
                        grown.toString(),
                        WAIT));
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        assertEquals(3, number(again, "imported"), again.toString());
        assertEquals(30, number(again, "duplicates"), again.toString());
        assertEquals(33, Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site));
        assertEquals(33, Db.scalar("SELECT requests FROM traffic_day WHERE website_id = ?", site));
        assertEquals(30 * 100 + 3 * 7, Db.scalar("SELECT bytes_served FROM traffic_day WHERE website_id = ?", site));
        assertEquals(33, Db.scalar("SELECT entries FROM access_log_usage WHERE website_id = ?", site));
    }

    @Test
    void p6_siteWithoutWwwImportsIntoTheWebsiteStoredWithWww() throws Exception {
        String bare = "kaas" + System.nanoTime() + ".nl";
        long site = newWebsite("www." + bare);
        String line = " 198.51.100.7 - - [30/Nov/2026:12:00:00 +0100] \"GET / HTTP/1.1\" 200 900 \"-\" \"Mozilla/5.0\"";
        String log = bare + ":443" + line + "\n" + "www." + bare + ":443" + line.replace("900", "950") + "\n";
        HttpResponse<String> r =
                staff().post("/api/staff/import/access-log?site=" + bare + "&wait=60", "text/plain", log, WAIT);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(2, number(report, "imported"), report.toString());
        assertEquals(1850, Db.scalar("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", site));
    }

    @Test
    void p6_whereWwwIsAWebsiteOfItsOwnItsLinesDoNotGoToTheBareNamesWebsite() throws Exception {
        String bare = "twee" + System.nanoTime() + ".nl";
        long bareSite = newWebsite(bare);
        long wwwSite = newWebsite("www." + bare);
        String line = " 198.51.100.8 - - [30/Nov/2026:12:00:00 +0100] \"GET / HTTP/1.1\" 200 400 \"-\" \"Mozilla/5.0\"";
        String log = bare + ":443" + line + "\n" + "www." + bare + ":443" + line + "\n";
        JsonObject report =
                json(staff().post("/api/staff/import/access-log?site=" + bare + "&wait=60", "text/plain", log, WAIT));
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(1, number(report, "imported"), report.toString());
        assertEquals(1, number(report, "unmatched"), "the www line is the other website's");
        assertEquals(1, Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", bareSite));
        assertEquals(0, Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", wwwSite));
    }

    @Test
    void p6_aSharedServersLogGoesToTheWebsitesItsVirtualHostsName() throws Exception {
        String a = "alpha" + System.nanoTime() + ".nl";
        String b = "www.beta" + System.nanoTime() + ".nl";
        long siteA = newWebsite(a);
        long siteB = newWebsite(b);
        String line =
                " 198.51.100.4 - - [30/Nov/2026:12:00:00 +0100] \"GET /contact HTTP/1.1\" 200 700 \"-\" \"Mozilla/5.0\"";
        String log = "www." + a + ":443" + line + "\n"
                + b.substring(4) + ":80" + line + "\n"
                + b + ":443" + line.replace("700", "800") + "\n"
                + "onbekend.example:80" + line + "\n"
                + "198.51.100.4 - - [30/Nov/2026:12:00:00 +0100] \"GET / HTTP/1.1\" 200 5\n";
        JsonObject report = json(staff().post("/api/staff/import/access-log?wait=60", "text/plain", log, WAIT));
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(3, number(report, "imported"));
        assertEquals(2, number(report, "unmatched"), "an unknown host and a line without one");
        assertEquals(700, Db.scalar("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", siteA));
        assertEquals(1500, Db.scalar("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", siteB));
        assertEquals(2, Db.scalar("SELECT entries FROM access_log_usage WHERE website_id = ?", siteB));
        assertEquals(
                3,
                number(
                        json(staff().post("/api/staff/import/access-log?wait=60", "text/plain", log, WAIT)),
                        "duplicates"));
    }

    @Test
    void p6_anInterruptedImportContinuesAfterItsCheckpoint_repeatedLinesKeepTheirKeys() throws Exception {
        String host = "resume" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        List<String> lines = new java.util.ArrayList<>(
                Files.readAllLines(REAL_LOG, StandardCharsets.ISO_8859_1).subList(0, 3000));
        // The same request twice, one line before the checkpoint and one after it.
        lines.set(2000, lines.get(1999));
        Path file = Files.createTempFile("access-interrupted", ".log");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        long fileSize = Files.size(file);
        long bytes = 0;
        for (int i = 0; i < 2000; i++) {
            bytes += lines.get(i).getBytes(StandardCharsets.ISO_8859_1).length + 1;
        }
        long importId;
        try (Connection c = Db.connect();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO import_run (kind, website_id,"
                                + " file_name, stored_path, file_size, file_sha256, started_by, created_at, started_at, status, node,"
                                + " lines_done, bytes_done, imported, duplicates, ignored, skipped, unmatched, bytes_counted)"
                                + " VALUES ('ACCESS_LOG', ?, 'access.log', ?, ?, 'test', 'lotte.mulder', ?, ?, 'FAILED', 'elsewhere/1/1',"
                                + " 2000, ?, 2000, 0, 0, 0, 0, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            p.setLong(1, site);
            p.setString(2, file.toString());
            p.setLong(3, Files.size(file));
            p.setTimestamp(4, now);
            p.setTimestamp(5, now);
            p.setLong(6, bytes);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                importId = keys.getLong(1);
            }
        }
        JsonObject report =
                json(staff().post("/api/staff/import/" + importId + "/resume?wait=120", "text/plain", "", WAIT));
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(3000, number(report, "lines"));
        assertEquals(fileSize, number(report, "bytesRead"));
        assertFalse(Files.exists(file), "P4: the file is deleted once the import completed");
        assertEquals(3000, number(report, "imported"), "2,000 before the checkpoint and 1,000 after it");
        assertEquals(
                1000,
                Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site),
                "only the lines after the checkpoint were read");
        nl.provalue.privacy.infrastructure.importing.accesslog.LineKeys keys =
                new nl.provalue.privacy.infrastructure.importing.accesslog.LineKeys();
        keys.next(lines.get(1999));
        long secondOccurrence = keys.next(lines.get(2000));
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM access_log_entry WHERE website_id = ? AND line_key = ?",
                        site,
                        secondOccurrence),
                "the repeat after the checkpoint is known as the second of its kind");
    }
}
