package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.provalue.privacy.application.retention.RetentionService;
import nl.provalue.privacy.domain.backup.BackupPolicy;
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
 * P6 and P7 against MariaDB with the shared retention mechanism: access logs kept within their
 * budget to the byte, oldest first, per website and for all websites together; backups destroyed
 * when they reach six months, never before, and never kept longer than the database allows.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogAndBackupRetentionIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(AccessLogAndBackupRetentionIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    RetentionService retention;

    private static Timestamp ts(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    private long update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i] instanceof Instant in ? ts(in) : args[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private long scalar(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i] instanceof Instant in ? ts(in) : args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** A website with {@code sizes.length} entries, one a minute from {@code start}, each of the given size. */
    private long siteWithLog(String host, Instant start, int... sizes) throws SQLException {
        long site = update(
                "INSERT INTO website (customer_id, hostname, plan_name, traffic_limit_bytes, created_at)"
                        + " SELECT id, ?, 'Basis', 10737418240, ? FROM customer WHERE customer_number = 'PV101305'",
                host,
                start);
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            update(
                    "INSERT INTO access_log_entry (website_id, requested_at, client_ip, http_method, path, status_code,"
                            + " response_bytes, stored_bytes, line_key) VALUES (?, ?, '192.0.2.7', 'GET', ?, 200, 100, ?, ?)",
                    site,
                    start.plus(Duration.ofMinutes(i)),
                    "/p" + i,
                    sizes[i],
                    (long) i);
            total += sizes[i];
        }
        update(
                "INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at) VALUES (?, ?, ?, ?)",
                site,
                (long) sizes.length,
                total,
                start);
        return site;
    }

    private List<String> pathsOf(long site) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT path FROM access_log_entry WHERE website_id = ? ORDER BY requested_at")) {
            p.setLong(1, site);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }

    private RetentionRun run(RetentionRule rule, Instant now) {
        RetentionRun run =
                retention.run(rule, now, RetentionService.DEFAULT_BATCH, 0).orElseThrow();
        assertEquals(RetentionOutcome.COMPLETED, run.outcome(), String.valueOf(run.detail()));
        return run;
    }

    @Test
    void p6_aWebsiteLogIsKeptWithinItsBudgetToTheByte_oldestFirst() throws Exception {
        Instant start = Instant.parse("2026-10-01T08:00:00Z");
        long site = siteWithLog("budget" + System.nanoTime() + ".nl", start, 1_048_576, 300_000, 400_000, 500_000);
        long total = 1_048_576 + 300_000 + 400_000 + 500_000;
        Instant now = Instant.now();

        update("UPDATE website SET log_budget_bytes = ? WHERE id = ?", total, site);
        run(RetentionRule.ACCESS_LOG_SPACE, now);
        assertEquals(List.of("/p0", "/p1", "/p2", "/p3"), pathsOf(site), "exactly at the budget: nothing goes");

        update("UPDATE website SET log_budget_bytes = ? WHERE id = ?", total - 1, site);
        RetentionRun oneByteOver = run(RetentionRule.ACCESS_LOG_SPACE, now);
        assertEquals(1, oneByteOver.removed());
        assertEquals(List.of("/p1", "/p2", "/p3"), pathsOf(site), "one byte over: the oldest line goes, no more");
        assertEquals(total - 1_048_576, scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?", site));
        assertEquals(3, scalar("SELECT entries FROM access_log_usage WHERE website_id = ?", site));
        assertEquals(
                start.plus(Duration.ofMinutes(1)).getEpochSecond(),
                scalar(
                        "SELECT unix_timestamp(oldest_at) + timestampdiff(SECOND, utc_timestamp(), now())"
                                + " FROM access_log_usage WHERE website_id = ?",
                        site),
                "the log now reaches back to the next line");

        update("UPDATE website SET log_budget_bytes = ? WHERE id = ?", 1_048_576L, site);
        run(RetentionRule.ACCESS_LOG_SPACE, now.plusSeconds(1));
        assertEquals(
                List.of("/p2", "/p3"), pathsOf(site), "151,424 bytes over a 1 MB budget: the next oldest line goes");
        assertEquals(
                2,
                scalar(
                        "SELECT count(*) FROM access_log_removal WHERE website_id = ? AND reason = 'SITE_BUDGET'",
                        site));
        assertEquals(
                300_000,
                scalar(
                        "SELECT stored_bytes FROM access_log_removal WHERE website_id = ?"
                                + " ORDER BY removed_at DESC, id DESC LIMIT 1",
                        site));
    }

    @Test
    void p6_allLogsTogetherWithinTheTotalBudget_theOldestOfAllWebsitesGoFirst() throws Exception {
        // Older than anything else in the database, so that these are the oldest lines of all.
        Instant start = Instant.parse("2000-01-01T08:00:00Z");
        long older = siteWithLog("oud" + System.nanoTime() + ".nl", start, 100_000, 100_000, 100_000);
        long newer =
                siteWithLog("nieuw" + System.nanoTime() + ".nl", start.plus(Duration.ofSeconds(90)), 100_000, 100_000);
        long everything = scalar("SELECT sum(stored_bytes) FROM access_log_usage");
        try {
            // 250,000 bytes over: the three oldest lines of all (two of one site, one of the other) go.
            update(
                    "INSERT INTO access_log_total_budget (id, budget_bytes, changed_at, changed_by) VALUES (1, ?, ?, 'test')",
                    everything - 250_000,
                    Instant.now());
            run(RetentionRule.ACCESS_LOG_SPACE, Instant.now());
            assertEquals(List.of("/p2"), pathsOf(older));
            assertEquals(List.of("/p1"), pathsOf(newer));
            assertEquals(everything - 300_000, scalar("SELECT sum(stored_bytes) FROM access_log_usage"));
            assertTrue(scalar(
                            "SELECT count(*) FROM access_log_removal WHERE website_id = ? AND reason = 'TOTAL_BUDGET'",
                            newer)
                    == 1);
        } finally {
            update("DELETE FROM access_log_total_budget");
        }
    }

    @Test
    void p7_backupsAreDestroyedWhenTheyReachSixMonthsAndTheDestructionIsRecorded() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant takenLongAgo = now.atOffset(ZoneOffset.UTC).minusMonths(6).toInstant();
        long due = update(
                "INSERT INTO backup (customer_id, kind, description, taken_at, expires_at, size_bytes)"
                        + " SELECT id, 'HOMEPAGE', 'precies zes maanden', ?, ?, 1000 FROM customer WHERE customer_number = 'PV101305'",
                takenLongAgo,
                BackupPolicy.latestExpiry(takenLongAgo));
        Instant takenLater = takenLongAgo.plusSeconds(1);
        long notYet = update(
                "INSERT INTO backup (customer_id, kind, description, taken_at, expires_at, size_bytes)"
                        + " SELECT id, 'MAIL', 'een seconde jonger', ?, ?, 1000 FROM customer WHERE customer_number = 'PV101305'",
                takenLater,
                BackupPolicy.latestExpiry(takenLater));

        Instant sixMonths = BackupPolicy.latestExpiry(takenLongAgo);
        RetentionRun run = run(RetentionRule.BACKUP_EXPIRY, sixMonths);
        assertTrue(run.removed() >= 1);
        assertNotNull(destroyedAt(due), "six months old: destroyed");
        assertNull(destroyedAt(notYet), "a second younger: kept");
        assertTrue(scalar("SELECT count(*) FROM backup WHERE id = ? AND destroyed_by LIKE 'retention %'", due) == 1);
        assertEquals(0, run(RetentionRule.BACKUP_EXPIRY, sixMonths).removed(), "a rerun destroys nothing twice");
        run(RetentionRule.BACKUP_EXPIRY, sixMonths.plusSeconds(1));
        assertNotNull(destroyedAt(notYet));

        Instant taken = Instant.parse("2026-08-31T12:00:00Z");
        SQLException refused = assertThrows(
                SQLException.class,
                () -> update(
                        "INSERT INTO backup (customer_id, kind, description, taken_at, expires_at, size_bytes)"
                                + " SELECT id, 'LOGS', 'te lang', ?, ?, 1 FROM customer WHERE customer_number = 'PV101305'",
                        taken,
                        BackupPolicy.latestExpiry(taken).plusSeconds(1)));
        assertTrue(String.valueOf(refused.getMessage()).contains("ck_backup_expiry_six_months"), refused.getMessage());
    }

    private Instant destroyedAt(long backup) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT destroyed_at FROM backup WHERE id = ?")) {
            p.setLong(1, backup);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }
}
