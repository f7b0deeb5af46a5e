package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.PostfixLogs;
import nl.provalue.privacy.testsupport.PostfixLogs.Message;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P4: real-format Postfix logs imported over HTTP ({@code POST /api/staff/import/postfix}) into
 * MariaDB by the batch job: every line accounted for, deliveries joined to their sender line by
 * queue id and linked to the customer who owns the address, nothing stored twice, and an
 * interrupted import resumed from its checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostfixImportIT {

    private static final Duration WAIT = Duration.ofSeconds(180);

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
            staff = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        }
        return staff;
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** Messages to and from demo customers' addresses and strangers, from {@code start} on. */
    private static List<Message> messages(long firstId, int count, Instant start) {
        List<Message> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = PostfixLogs.queueId(firstId + i);
            Instant at = start.plusSeconds(37L * i);
            list.add(
                    switch (i % 4) {
                        case 0 ->
                            new Message(
                                    id,
                                    at,
                                    "marieke.vos@gmail.com",
                                    4000 + i,
                                    List.of("jan@jansenfotografie.nl"),
                                    "sent");
                        case 1 ->
                            new Message(
                                    id,
                                    at,
                                    "info@jansenfotografie.nl",
                                    12000 + i,
                                    List.of("klant@example.com", "tweede@example.org"),
                                    "sent");
                        case 2 ->
                            new Message(
                                    id,
                                    at,
                                    "nieuwsbrief@nu.nl",
                                    800 + i,
                                    List.of("onbekend@jansenfotografie.nl"),
                                    "bounced");
                        default ->
                            new Message(
                                    id, at, "iemand@gmail.com", 900 + i, List.of("vreemde@example.net"), "deferred");
                    });
        }
        return list;
    }

    private static long customerId(String number) {
        return Db.scalar("SELECT id FROM customer WHERE customer_number = ?", number);
    }

    @Test
    void p4_everyLineIsAccountedForDeliveriesAreLinkedAndASecondImportStoresNothingTwice() {
        Instant start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        List<Message> messages = messages(1_000, 400, start);
        StringBuilder log = new StringBuilder(PostfixLogs.render(messages));
        log.append(PostfixLogs.stamp(start))
                .append(
                        " mx1 dovecot: imap-login: Login: user=<jan@jansenfotografie.nl>, method=PLAIN, rip=2001:db8::7\n");
        log.append(PostfixLogs.stamp(start))
                .append(
                        " mx1 postfix/lmtp[999]: 3C0FFFFFFFF: to=<jan@jansenfotografie.nl>, relay=mail.provalue.nl[private/dovecot-lmtp], dsn=2.0.0, status=sent (250 ok)\n");
        log.append("this is not a syslog line\n");
        log.append(PostfixLogs.stamp(start))
                .append(" mx1 postfix/qmgr[1187]: 3C0EEEEEEEE: from=<x@y.nl>, nrcpt=1 (queue active)\n");
        long lines = messages.stream().mapToLong(PostfixLogs::linesPerMessage).sum() + 4;
        long deliveries =
                messages.stream().mapToLong(m -> m.recipients().size()).sum();
        long sizes = messages.stream()
                .mapToLong(m -> m.size() * m.recipients().size())
                .sum();

        PortalHttp http = staff();
        HttpResponse<String> first =
                http.post("/api/staff/import/postfix?name=maillog-test&wait=150", "text/plain", log.toString(), WAIT);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject report = json(first);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(100, report.getInt("percent"));
        assertEquals(lines, report.getJsonNumber("lines").longValue());
        assertEquals(
                log.toString().getBytes(StandardCharsets.UTF_8).length,
                report.getJsonNumber("bytesRead").longValue());
        assertEquals(deliveries, report.getJsonNumber("imported").longValue());
        assertEquals(0, report.getJsonNumber("duplicates").longValue());
        assertEquals(
                PostfixLogs.IGNORED_PER_MESSAGE * messages.size() + 1,
                report.getJsonNumber("ignored").longValue(),
                "smtpd/cleanup chatter and the dovecot line");
        assertEquals(
                2, report.getJsonNumber("skipped").longValue(), "the garbage line and the from= line without size");
        assertEquals(
                1, report.getJsonNumber("unmatched").longValue(), "the delivery whose sender line is not in the file");
        assertEquals(sizes, report.getJsonNumber("bytesCounted").longValue());
        assertEquals("eva.visser", report.getString("startedBy"));

        String firstId = PostfixLogs.queueId(1_000);
        String lastId = PostfixLogs.queueId(1_399);
        long jan = customerId("PV100231");
        assertEquals(
                deliveries,
                Db.scalar("SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ?", firstId, lastId));
        assertEquals(
                100,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ? AND recipient = ?"
                                + " AND customer_id = ?",
                        firstId,
                        lastId,
                        "jan@jansenfotografie.nl",
                        jan),
                "a customer's mailbox");
        assertEquals(
                200,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ? AND sender = ?"
                                + " AND customer_id = ?",
                        firstId,
                        lastId,
                        "info@jansenfotografie.nl",
                        jan),
                "mail the customer sent");
        assertEquals(
                100,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ? AND recipient = ?"
                                + " AND customer_id = ? AND status = 'bounced'",
                        firstId,
                        lastId,
                        "onbekend@jansenfotografie.nl",
                        jan),
                "an unknown address at the customer's domain is theirs too");
        assertEquals(
                100,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ?"
                                + " AND customer_id IS NULL AND status = 'deferred'",
                        firstId,
                        lastId),
                "strangers' mail belongs to nobody");
        assertEquals(
                start.getEpochSecond() + 1,
                Db.scalar("SELECT unix_timestamp(min(sent_at)) FROM mail_log_entry" + " WHERE queue_id = ?", firstId)
                        + offsetSeconds(),
                "times stored as UTC");

        HttpResponse<String> again =
                http.post("/api/staff/import/postfix?name=maillog-test&wait=150", "text/plain", log.toString(), WAIT);
        JsonObject second = json(again);
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(0, second.getJsonNumber("imported").longValue());
        assertEquals(deliveries, second.getJsonNumber("duplicates").longValue());
        assertEquals(report.getString("sha256"), second.getString("sha256"));
        assertEquals(
                deliveries,
                Db.scalar("SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ?", firstId, lastId));

        HttpResponse<String> read =
                http.get("/api/staff/import/" + report.getJsonNumber("id").longValue());
        assertEquals(200, read.statusCode());
        assertEquals(lines, json(read).getJsonNumber("lines").longValue());
    }

    /** MariaDB's unix_timestamp reads DATETIME in the session time zone; the stored values are UTC. */
    private static long offsetSeconds() {
        return Db.scalar("SELECT timestampdiff(SECOND, utc_timestamp(), now())");
    }

    @Test
    void p4_anInterruptedImportContinuesAfterItsCheckpointAndRebuildsTheJoinFromEarlierLines() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Message> messages = messages(5_000, 300, start);
        String log = PostfixLogs.render(messages);
        List<String> lines = log.lines().toList();
        // The first run committed everything up to the middle of message 150: its from= line is
        // before the checkpoint, its deliveries after it.
        int checkpoint = 0;
        for (int i = 0; i < 150; i++) {
            checkpoint += PostfixLogs.linesPerMessage(messages.get(i));
        }
        checkpoint += 4;
        long bytes = 0;
        for (int i = 0; i < checkpoint; i++) {
            bytes += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        Path file = Files.createTempFile("postfix-interrupted", ".log");
        Files.writeString(file, log);
        long fileSize = Files.size(file);
        long importId;
        try (Connection c = Db.connect();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO import_run (kind, file_name,"
                                + " stored_path, file_size, file_sha256, started_by, created_at, started_at, status, node, lines_done,"
                                + " bytes_done, imported, duplicates, ignored, skipped, unmatched, bytes_counted)"
                                + " VALUES ('POSTFIX', 'interrupted.log', ?, ?, 'test', 'eva.visser', ?, ?, 'INTERRUPTED', 'elsewhere/1/1',"
                                + " ?, ?, 0, 0, 0, 0, 0, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            p.setString(1, file.toString());
            p.setLong(2, Files.size(file));
            p.setTimestamp(3, now);
            p.setTimestamp(4, now);
            p.setLong(5, checkpoint);
            p.setLong(6, bytes);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                importId = keys.getLong(1);
            }
        }

        HttpResponse<String> resumed =
                staff().post("/api/staff/import/" + importId + "/resume?wait=150", "text/plain", "", WAIT);
        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonObject report = json(resumed);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(lines.size(), report.getJsonNumber("lines").longValue());
        assertEquals(fileSize, report.getJsonNumber("bytesRead").longValue());
        assertTrue(Files.notExists(file), "P4: the file is deleted once the import completed");
        long expected = messages.subList(150, 300).stream()
                .mapToLong(m -> m.recipients().size())
                .sum();
        assertEquals(expected, report.getJsonNumber("imported").longValue(), "only deliveries after the checkpoint");
        assertEquals(
                0,
                report.getJsonNumber("unmatched").longValue(),
                "message 150's deliveries found the sender line read before the checkpoint");
        assertEquals(
                0,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ?",
                        PostfixLogs.queueId(5_000),
                        PostfixLogs.queueId(5_149)),
                "nothing before the checkpoint was read again");
        assertEquals(
                messages.get(150).recipients().size(),
                Db.scalar("SELECT count(*) FROM mail_log_entry WHERE queue_id = ?", PostfixLogs.queueId(5_150)));

        HttpResponse<String> done = staff().post("/api/staff/import/" + importId + "/resume", "text/plain", "", WAIT);
        assertEquals(409, done.statusCode(), "a completed import is not resumed");
    }

    @Test
    void onlyStaffImport_andAnEmptyLogIsRefused() {
        PortalHttp customer = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(
                403,
                customer.post("/api/staff/import/postfix", "text/plain", "x\n", WAIT)
                        .statusCode());
        assertEquals(403, customer.get("/api/staff/import/1").statusCode());
        HttpResponse<String> anonymous =
                new PortalHttp(base).post("/api/staff/import/postfix", "text/plain", "x\n", WAIT);
        assertTrue(
                anonymous.statusCode() == 401 || anonymous.statusCode() == 302 || anonymous.statusCode() == 403,
                "status " + anonymous.statusCode());
        assertEquals(0, Db.scalar("SELECT count(*) FROM import_run WHERE file_size = 2"));

        HttpResponse<String> empty = staff().post("/api/staff/import/postfix", "text/plain", "", WAIT);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(404, staff().get("/api/staff/import/987654321").statusCode());
        assertEquals(
                404,
                staff().post("/api/staff/import/access-log?site=nope.example", "text/plain", "x\n", WAIT)
                        .statusCode());
    }
}
