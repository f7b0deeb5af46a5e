package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
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
 * P4: the test server follows a live Postfix log (its {@code portal.mail.log.file}, checked every two
 * seconds). Lines appended to it reach the customer's mail log within a minute; a delivery whose
 * sender line came in an earlier piece is joined to it; a rotation by rename, with a last line
 * written to the renamed file before the new one is opened, loses nothing and stores nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailLogFollowIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String JAN = "jan@jansenfotografie.nl";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    private static Path followed() {
        return Path.of(System.getProperty("it.mail.log.file"));
    }

    /** The lines Postfix writes for one message to Jan's mailbox, as a list. */
    private static List<String> lines(Message m) {
        StringBuilder out = new StringBuilder();
        PostfixLogs.append(out, m, 31000);
        return out.toString().lines().map(l -> l + "\n").toList();
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(
                file,
                String.join("", lines),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    private static long stored(String queueId) {
        return Db.scalar("SELECT count(*) FROM mail_log_entry WHERE queue_id = ?", queueId);
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Not within " + WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    /** The entries of Jan's mail log (as Jan reads it) sent by {@code sender}. */
    private long seenByJan(PortalHttp jan, String sender) {
        JsonArray log = Json.createReader(
                        new StringReader(jan.get("/api/me/mail-log?limit=500").body()))
                .readArray();
        return log.stream()
                .map(v -> (JsonObject) v)
                .filter(e -> sender.equals(e.getString("sender")))
                .count();
    }

    @Test
    void p4_linesOfTheFollowedLogReachTheMailLogJoinedAcrossPiecesAndThroughARotationExactlyOnce() throws Exception {
        Path log = followed();
        Files.createDirectories(log.getParent());
        long run = System.currentTimeMillis() % 0xFFFFFFFL;
        String sender = "volger-" + run + "@example.com";
        Instant at = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        List<String> q = new java.util.ArrayList<>();
        List<List<String>> msg = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = PostfixLogs.queueId(0x100000000L + run * 8 + i);
            q.add(id);
            msg.add(lines(new Message(id, at.plusSeconds(i * 30L), sender, 1000 + i, List.of(JAN), "sent")));
        }
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");

        // A whole message, and the first lines of a second one, up to its sender line (qmgr from=).
        List<String> first = new java.util.ArrayList<>(msg.get(0));
        first.addAll(msg.get(1).subList(0, 4));
        append(log, first);
        waitFor("the first message in Jan's mail log", () -> seenByJan(jan, sender) == 1);
        assertEquals(1, stored(q.get(0)));
        // The piece with the second message's sender line is imported before its delivery line is written.
        waitFor(
                "the first piece imported",
                () -> Db.scalar("SELECT count(*) FROM import_run WHERE file_name LIKE"
                                + " 'maillog (gevolgd)%' AND status IN ('QUEUED', 'RUNNING')")
                        == 0);

        // Its delivery line in a later piece: joined to the sender line of the earlier piece.
        append(log, msg.get(1).subList(4, msg.get(1).size()));
        waitFor("the second message, joined to its earlier sender line", () -> stored(q.get(1)) == 1);
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id = ? AND sender = ? AND size_bytes = 1001",
                        q.get(1),
                        sender));

        // Rotation: the third message's sender line in the old file, renamed away; its delivery line
        // still written to the renamed file (the mail server had not reopened its log yet); then a new file.
        append(log, msg.get(2).subList(0, 4));
        Path rotated = log.resolveSibling(log.getFileName() + ".1");
        Files.move(log, rotated, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        append(rotated, msg.get(2).subList(4, msg.get(2).size()));
        List<String> fresh = new java.util.ArrayList<>(msg.get(3));
        fresh.addAll(msg.get(4));
        append(log, fresh);

        waitFor(
                "every message after the rotation",
                () -> stored(q.get(2)) == 1 && stored(q.get(3)) == 1 && stored(q.get(4)) == 1);
        waitFor("Jan sees all five", () -> seenByJan(jan, sender) == 5);
        // A few more polls change nothing: every delivery exactly once.
        Thread.sleep(6_000);
        for (String id : q) {
            assertEquals(1, stored(id), id);
        }
        assertEquals(5, seenByJan(jan, sender));
        assertEquals(
                0,
                Db.scalar("SELECT count(*) FROM import_run WHERE file_name LIKE 'maillog (gevolgd)%'"
                        + " AND status = 'FAILED'"));
        // P4: the followed pieces are ordinary imports: once complete, their stored copy is gone.
        assertEquals(
                0,
                Db.scalar("SELECT count(*) FROM import_run WHERE file_name LIKE 'maillog (gevolgd)%'"
                        + " AND status = 'COMPLETED' AND raw_file_deleted_at IS NULL"));
        assertTrue(
                Db.scalar("SELECT count(*) FROM import_run WHERE file_name LIKE 'maillog (gevolgd)%'"
                                + " AND started_by = 'system'")
                        >= 3,
                "at least one import per piece");
        assertEquals(
                0, Db.scalar("SELECT count(*) FROM followed_log_file WHERE grown_at IS NULL OR checked_at IS NULL"));
    }
}
