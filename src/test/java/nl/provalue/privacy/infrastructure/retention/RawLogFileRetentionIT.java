package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import nl.provalue.privacy.application.importing.ImportSettings;
import nl.provalue.privacy.application.importing.LogFileStore;
import nl.provalue.privacy.application.retention.RetentionService;
import nl.provalue.privacy.domain.retention.RetentionOutcome;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P4 against MariaDB with the shared retention mechanism: the file of a failed or interrupted
 * import stays for the configured limit (7 days on the test server, as by default), so it can be
 * resumed, and is deleted by the rule {@code RAW_LOG_FILES} once the limit has passed, with the
 * moment recorded in the import.
 */
@ExtendWith(ArquillianExtension.class)
class RawLogFileRetentionIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(RawLogFileRetentionIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    RetentionService retention;

    @Inject
    ImportSettings settings;

    @Inject
    LogFileStore store;

    private static Timestamp ts(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    /** A failed or interrupted import that ended at {@code finishedAt}, with a file of its own. */
    private long endedImport(String status, Instant finishedAt, Path file) throws Exception {
        Files.writeString(file, "Dec  1 10:00:00 mx1 postfix/qmgr[1]: ABC: from=<a@example.nl>, size=1, nrcpt=1\n");
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO import_run"
                                + " (kind, file_name, stored_path, file_size, file_sha256, started_by, created_at, started_at, finished_at,"
                                + " status, lines_done, bytes_done, imported, duplicates, ignored, skipped, unmatched, bytes_counted)"
                                + " VALUES ('POSTFIX', 'failed.log', ?, ?, 'test', 'eva.visser', ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, file.toString());
            p.setLong(2, Files.size(file));
            p.setTimestamp(3, ts(finishedAt.minusSeconds(60)));
            p.setTimestamp(4, ts(finishedAt.minusSeconds(60)));
            p.setTimestamp(5, ts(finishedAt));
            p.setString(6, status);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Timestamp deletedAt(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT raw_file_deleted_at FROM import_run WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }

    private RetentionRun run(Instant now) {
        RetentionRun run = retention
                .run(RetentionRule.RAW_LOG_FILES, now, RetentionService.DEFAULT_BATCH, 0)
                .orElseThrow();
        assertEquals(RetentionOutcome.COMPLETED, run.outcome(), String.valueOf(run.detail()));
        assertEquals("P4", run.policyId());
        return run;
    }

    @Test
    void p4_aFailedImportsFileIsKeptUntilTheLimitAndThenRemovedByTheRule() throws Exception {
        assertEquals(7, settings.rawFiles().failedLimitDays(), "the default limit");
        Duration limit = settings.rawFiles().failedLimit();
        Path dir = Files.createTempDirectory("raw-log-retention");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path recentFile = dir.resolve("recent.log");
        Path oldFile = dir.resolve("old.log");
        Path interruptedFile = dir.resolve("interrupted.log");
        long recent = endedImport("FAILED", now.minus(limit).plusSeconds(3600), recentFile);
        long old = endedImport("FAILED", now.minus(limit).minusSeconds(1), oldFile);
        long interrupted = endedImport("INTERRUPTED", now.minus(limit).minusSeconds(3600), interruptedFile);

        RetentionRun first = run(now);
        assertTrue(first.removed() >= 2, "at least this test's two files past the limit: " + first.removed());
        assertFalse(Files.exists(oldFile), "past the limit: deleted");
        assertFalse(Files.exists(interruptedFile), "interrupted and past the limit: deleted");
        assertNotNull(deletedAt(old));
        assertNotNull(deletedAt(interrupted));
        assertTrue(Files.exists(recentFile), "within the limit: kept, so the import can be resumed");
        assertNull(deletedAt(recent));

        run(now.plusSeconds(3599));
        assertTrue(Files.exists(recentFile), "a second before its limit: still kept");

        RetentionRun later = run(now.plusSeconds(3600));
        assertTrue(later.removed() >= 1);
        assertFalse(Files.exists(recentFile), "at its limit: deleted");
        assertNotNull(deletedAt(recent));
        Files.deleteIfExists(dir);
    }

    @Test
    void p4_anUploadTheServerCouldNotFinishIsRemovedADayAfterItWasLastWritten() throws Exception {
        // Stored, but recorded by no import, as when the server stopped between the two.
        LogFileStore.StoredLog leftOver = store.store(
                "cut-off.log",
                new java.io.ByteArrayInputStream(
                        "Dec  1 10:00:00 mx1 postfix/qmgr[1]: ABC: from=<a@example.nl>\n".getBytes()),
                1 << 20);
        LogFileStore.StoredLog fresh = store.store(
                "arriving.log",
                new java.io.ByteArrayInputStream(
                        "Dec  1 10:00:00 mx1 postfix/qmgr[1]: ABC: from=<b@example.nl>\n".getBytes()),
                1 << 20);
        Instant now = Instant.now();
        Files.setLastModifiedTime(
                Path.of(leftOver.path()),
                java.nio.file.attribute.FileTime.from(
                        now.minus(Duration.ofDays(1)).minusSeconds(5)));

        run(now);
        assertFalse(Files.exists(Path.of(leftOver.path())), "untouched for a day and recorded by no import: deleted");
        assertTrue(Files.exists(Path.of(fresh.path())), "just written: kept");
        store.delete(fresh);
    }
}
