package nl.provalue.privacy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.TestDovecot;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P5 at a provider's scale: how long the mail server takes to carry out the settings of 10,000
 * mailboxes (each with three messages, one of which its setting removes), started from the staff
 * retention screen as staff would, timed by the portal's own record of the run. Run with
 * {@code mvn -Pbench verify}; figures in target/perf/mail-retention.txt.
 */
class MailRetentionBenchIT extends BrowserTestBase {

    private static final int MAILBOXES = Integer.getInteger("bench.mailboxes", 10_000);

    @Test
    void applyingTheSettingsOfTenThousandMailboxes() throws Exception {
        String domain = "bench-" + (System.currentTimeMillis() % 100000) + ".nl";
        long customer = Db.newCustomerWithoutLogin("Groothandel in Mailboxen", "beheer@" + domain);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < MAILBOXES; i++) {
            addresses.add("bus" + i + "@" + domain);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement box = c.prepareStatement(
                    "INSERT INTO mailbox (customer_id, address, retention_mode,"
                            + " keep_days, messages_stored, bytes_stored, setting_changed_at, created_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?)")) {
                for (int i = 0; i < MAILBOXES; i++) {
                    box.setLong(1, customer);
                    box.setString(2, addresses.get(i));
                    box.setString(3, i % 2 == 0 ? "KEEP_COPY_DAYS" : "DELETE_ON_FETCH");
                    if (i % 2 == 0) {
                        box.setInt(4, 30);
                    } else {
                        box.setNull(4, java.sql.Types.INTEGER);
                    }
                    box.setTimestamp(5, now);
                    box.setTimestamp(6, now);
                    box.addBatch();
                }
                box.executeBatch();
            }
            try (PreparedStatement protocol = c.prepareStatement("INSERT INTO mailbox_protocol (mailbox_id, protocol)"
                    + " SELECT id, 'POP3' FROM mailbox WHERE customer_id = ?")) {
                protocol.setLong(1, customer);
                protocol.executeUpdate();
            }
            c.commit();
        }

        try (TestDovecot dovecot = TestDovecot.start(addresses)) {
            Instant writing = Instant.now();
            for (String address : addresses) {
                Path box = dovecot.maildir(address);
                Files.createDirectories(box.resolve("new"));
                Files.createDirectories(box.resolve("cur"));
                Files.createDirectories(box.resolve("tmp"));
                message(box.resolve("new").resolve(writing.getEpochSecond() + ".M1P1.bench"), address, 40);
                message(box.resolve("new").resolve(writing.getEpochSecond() + ".M2P1.bench"), address, 0);
                message(box.resolve("cur").resolve(writing.getEpochSecond() + ".M3P1.bench:2,S"), address, 0);
            }
            dovecot.ownMaildirs();

            browser.login("ruud.smit", "Welkom-Ruud-2026");
            browser.open("/staff/retention.xhtml");
            browser.find(".rule-MAIL_RETENTION")
                    .findElement(By.cssSelector("button.run-now"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofMinutes(30))
                    .until(d -> browser.pageText().contains("Bewaarinstelling van mailboxen: "));
        }

        long runId = Db.scalar("SELECT max(id) FROM retention_run WHERE rule_id = 'MAIL_RETENTION'");
        String outcome = Db.string("SELECT outcome FROM retention_run WHERE id = ?", runId);
        long checked = Db.scalar("SELECT removed_count FROM retention_run WHERE id = ?", runId);
        long millis = Db.scalar(
                "SELECT TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) DIV 1000 FROM retention_run"
                        + " WHERE id = ?",
                runId);
        long removed = Db.scalar("SELECT sum(retention_removed) FROM mailbox WHERE customer_id = ?", customer);
        assertEquals("COMPLETED", outcome);
        assertEquals(MAILBOXES, removed, "each mailbox's setting removed exactly its one message");

        String report = String.format(
                """
                Applying mailbox retention settings (P5) through Dovecot's doveadm HTTP API
                mailboxes with a setting that removes mail: %d (half keep 30 days, half delete on fetch), 3 messages each
                run: %s, %d mailboxes visited (the demo's own mailboxes, unknown to this Dovecot, included)
                messages removed: %d
                duration: %.1f s, %.1f mailboxes per second, %.2f ms per mailbox
                (per mailbox: one search, one expunge by uid, and the figures read again: 3 requests)
                """,
                MAILBOXES,
                outcome,
                checked,
                removed,
                millis / 1000.0,
                checked * 1000.0 / Math.max(1, millis),
                (double) millis / Math.max(1, checked));
        System.out.println(report);
        Path out = Path.of("target/perf");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mail-retention.txt"), report);
    }

    private static void message(Path file, String to, int daysAgo) throws IOException {
        Files.writeString(
                file,
                "From: afzender@example.org\r\nTo: " + to + "\r\nSubject: bench\r\n\r\nTekst\r\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
    }
}
