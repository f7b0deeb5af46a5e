package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * P4: uploaded raw logs (full of e-mail addresses) do not lie around on the server: the file of a
 * completed import is gone at once; an upload that breaks off or passes the size limit (16 MB on
 * the test server) leaves nothing behind and the next upload works; a line of more than 64 KiB is
 * counted as unreadable with a remark instead of breaking the import. The server runs on this
 * machine, so the test looks into its import folder itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RawLogFileIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    /** The test server's PORTAL_IMPORT_MAX_SIZE (pom.xml, it.import.max.size). */
    private static final int MAX = 16 << 20;

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

    /** A small Postfix log of its own (queue ids from {@code firstId}), delivered to a demo customer. */
    private static String log(long firstId, int count) {
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(new Message(
                    PostfixLogs.queueId(firstId + i),
                    start.plusSeconds(30L * i),
                    "nieuwsbrief@nu.nl",
                    5_000,
                    List.of("jan@jansenfotografie.nl"),
                    "sent"));
        }
        return PostfixLogs.render(messages);
    }

    private JsonObject importCompleted(PortalHttp http, String name, String body) {
        HttpResponse<String> r =
                http.post("/api/staff/import/postfix?name=" + name + "&wait=150", "text/plain", body, WAIT);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        return report;
    }

    private static Path storedPath(long importId) {
        return Path.of(Db.string("SELECT stored_path FROM import_run WHERE id = ?", importId));
    }

    /** The test server's import folder, found from where an import's file was. */
    private Path importFolder(PortalHttp http) {
        JsonObject report = importCompleted(
                http, "folder-probe-" + System.nanoTime(), log(7_100_000 + System.nanoTime() % 1000 * 10, 1));
        return storedPath(report.getJsonNumber("id").longValue()).getParent();
    }

    private static Set<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.collect(Collectors.toSet());
        }
    }

    private static long imports() {
        return Db.scalar("SELECT count(*) FROM import_run");
    }

    /** Waits until the folder holds exactly {@code expected}: the server notices a broken upload only when its read fails. */
    private static void awaitFiles(Path folder, Set<Path> expected) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!filesIn(folder).equals(expected) && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        assertEquals(expected, filesIn(folder), "no partial file is left in " + folder);
    }

    @Test
    void p4_afterASuccessfulImportItsFileIsGoneFromTheImportFolderAndTheRecordSaysWhen() {
        PortalHttp http = staff();
        JsonObject report = importCompleted(http, "done-" + System.nanoTime(), log(7_000_000, 20));
        long id = report.getJsonNumber("id").longValue();
        Path file = storedPath(id);
        assertFalse(Files.exists(file), file + " is deleted");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM import_run WHERE id = ? AND raw_file_deleted_at IS NOT NULL"
                                + " AND raw_file_deleted_at >= finished_at",
                        id));
        JsonObject read = json(http.get("/api/staff/import/" + id));
        assertNotNull(read.getString("rawFileDeletedAt"), read.toString());
        assertEquals(
                20,
                read.getJsonNumber("imported").longValue()
                        + read.getJsonNumber("duplicates").longValue());
    }

    @Test
    void p4_aFailedImportWhoseFileIsDeletedCannotBeResumed() {
        long id;
        Db.update(
                "INSERT INTO import_run (kind, file_name, stored_path, file_size, file_sha256, started_by, created_at,"
                        + " started_at, finished_at, status, lines_done, bytes_done, imported, duplicates, ignored, skipped,"
                        + " unmatched, bytes_counted, raw_file_deleted_at) VALUES ('POSTFIX', 'gone.log', '/nowhere/gone.log', 10,"
                        + " 'test', 'eva.visser', utc_timestamp(), utc_timestamp(), utc_timestamp() - INTERVAL 8 DAY, 'FAILED',"
                        + " 0, 0, 0, 0, 0, 0, 0, 0, utc_timestamp())");
        id = Db.scalar("SELECT max(id) FROM import_run WHERE file_name = 'gone.log'");
        HttpResponse<String> resumed = staff().post("/api/staff/import/" + id + "/resume", "text/plain", "", WAIT);
        assertEquals(409, resumed.statusCode(), resumed.body());
        assertTrue(resumed.body().contains("deleted"), resumed.body());
        assertEquals("FAILED", Db.string("SELECT status FROM import_run WHERE id = ?", id));
    }

    @Test
    void p4_aBodyAnnouncedOverTheLimitIs413ProblemJsonAndLeavesNoFile_theNextUploadWorks() throws Exception {
        PortalHttp http = staff();
        Path folder = importFolder(http);
        Set<Path> before = filesIn(folder);
        long importsBefore = imports();

        HttpResponse<String> refused =
                http.post("/api/staff/import/postfix?name=too-large.log", "text/plain", "x".repeat(MAX + 1), WAIT);
        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = json(refused);
        assertEquals(413, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(String.valueOf(MAX)), problem.toString());
        assertEquals(importsBefore, imports(), "nothing recorded");
        assertEquals(before, filesIn(folder), "nothing stored");

        importCompleted(http, "after-too-large-" + System.nanoTime(), log(7_200_000, 5));
    }

    @Test
    void p4_aStreamedBodyThatPassesTheLimitIs413AndItsPartialFileIsRemoved_theNextUploadWorks() throws Exception {
        PortalHttp http = staff();
        Path folder = importFolder(http);
        Set<Path> before = filesIn(folder);
        long importsBefore = imports();

        // Without a length announced: the server finds out while storing it.
        HttpResponse<String> refused =
                http.send(HttpRequest.newBuilder(http.uri("/api/staff/import/postfix?name=streamed.log"))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Requested-With", "portal-tests")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Repeated(MAX + 500_000L, -1))));
        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals(413, json(refused).getInt("status"));
        assertEquals(importsBefore, imports());
        awaitFiles(folder, before);

        importCompleted(http, "after-streamed-" + System.nanoTime(), log(7_300_000, 5));
    }

    @Test
    void p4_anUploadAbortedMidwayLeavesNoPartialFile_theNextUploadWorks() throws Exception {
        PortalHttp http = staff();
        Path folder = importFolder(http);
        Set<Path> before = filesIn(folder);
        long importsBefore = imports();

        // The client breaks off after 4 MB, as a dropped connection does.
        assertThrows(IOException.class, () -> {
            try {
                http.send(HttpRequest.newBuilder(http.uri("/api/staff/import/postfix?name=aborted.log"))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Requested-With", "portal-tests")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Repeated(8L << 20, 4 << 20))));
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        });
        awaitFiles(folder, before);
        assertEquals(importsBefore, imports(), "nothing recorded");

        importCompleted(http, "after-aborted-" + System.nanoTime(), log(7_400_000, 5));
    }

    @Test
    void p4_aLineLongerThan64KibIsCountedAsUnreadableWithARemark_neverA5xx() {
        String longLine = "Dec  1 10:00:00 mx1 postfix/smtpd[1]: " + "A".repeat(300_000) + "\n";
        String body = log(7_500_000, 10) + longLine + log(7_500_100, 10);
        HttpResponse<String> r =
                staff().post("/api/staff/import/postfix?name=long-line.log&wait=150", "text/plain", body, WAIT);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals("COMPLETED", report.getString("status"), report.toString());
        assertEquals(1, report.getJsonNumber("skipped").longValue(), "the long line, and nothing else");
        assertEquals(body.length(), report.getJsonNumber("bytesRead").longValue(), "every byte counted");
        assertTrue(report.getString("detail").contains("longer than 64 KiB"), report.toString());
        assertEquals(
                20,
                report.getJsonNumber("imported").longValue()
                        + report.getJsonNumber("duplicates").longValue(),
                "the lines around it were read");
    }

    /** {@code size} bytes of log-like text; fails with an IOException after {@code breakAt} bytes (never when negative). */
    private static final class Repeated extends InputStream {
        private final long size;
        private final long breakAt;
        private long given;

        Repeated(long size, long breakAt) {
            this.size = size;
            this.breakAt = breakAt;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (breakAt >= 0 && given >= breakAt) {
                throw new IOException("connection dropped");
            }
            if (given >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - given);
            if (breakAt >= 0) {
                n = (int) Math.min(n, breakAt - given);
            }
            for (int i = 0; i < n; i++) {
                b[off + i] = (given + i) % 80 == 79 ? (byte) '\n' : (byte) 'x';
            }
            given += n;
            return n;
        }
    }
}
