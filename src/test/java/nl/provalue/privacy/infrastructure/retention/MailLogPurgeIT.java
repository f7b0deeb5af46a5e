package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.provalue.privacy.application.retention.RetentionService;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.retention.RetentionLease;
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
 * P4 against MariaDB: the mail-log purge removes what is older than 28 days and not a second
 * more, can be interrupted and rerun, lets only one server work at a time, and removes a million
 * rows in short transactions while mail keeps being logged. Figures go to
 * target/perf/mail-log-purge.txt for docs/performance.md; no time is asserted.
 */
@ExtendWith(ArquillianExtension.class)
class MailLogPurgeIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(MailLogPurgeIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    RetentionService retention;

    @Inject
    RetentionLease lease;

    private static Timestamp ts(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    private void insert(String queueId, Instant sentAt) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO mail_log_entry (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status)"
                                + " VALUES (NULL, ?, 'a@example.nl', 'b@example.nl', 1000, ?, 'sent')")) {
            p.setString(1, queueId);
            p.setTimestamp(2, ts(sentAt));
            p.executeUpdate();
        }
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private boolean exists(String queueId) throws Exception {
        return count("SELECT count(*) FROM mail_log_entry WHERE queue_id = ?", queueId) == 1;
    }

    @Test
    void p4_purgeRemovesWhatIsOlderThan28DaysToTheSecond() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant cutoff = now.minus(MailLogRetention.PERIOD);
        insert("BOUNDARYOLD1", cutoff.minusSeconds(1));
        insert("BOUNDARYOLDU", cutoff.minusNanos(1_000));
        insert("BOUNDARYEXAC", cutoff);
        insert("BOUNDARYNEW1", cutoff.plusSeconds(1));
        insert("BOUNDARYYEAR", now.minus(Duration.ofDays(365)));

        RetentionRun run = retention.run(RetentionRule.MAIL_LOG, now, 2, 0).orElseThrow();

        assertEquals(RetentionOutcome.COMPLETED, run.outcome());
        assertEquals(cutoff, run.cutoff());
        assertTrue(run.removed() >= 3, "at least the three old entries: " + run.removed());
        assertFalse(exists("BOUNDARYOLD1"), "28 days and a second old: gone");
        assertFalse(exists("BOUNDARYOLDU"), "28 days and a microsecond old: gone");
        assertFalse(exists("BOUNDARYYEAR"));
        assertTrue(exists("BOUNDARYEXAC"), "exactly 28 days old: kept");
        assertTrue(exists("BOUNDARYNEW1"), "younger: kept");
        assertEquals(0, count("SELECT count(*) FROM mail_log_entry WHERE sent_at < ?", ts(cutoff)));

        RetentionRun again = retention.run(RetentionRule.MAIL_LOG, now, 2, 0).orElseThrow();
        assertEquals(0, again.removed(), "a rerun finds nothing more");
        assertTrue(exists("BOUNDARYEXAC"));

        // A second later the entry of exactly 28 days is due as well.
        RetentionRun later =
                retention.run(RetentionRule.MAIL_LOG, now.plusSeconds(1), 2, 0).orElseThrow();
        assertEquals(1, later.removed());
        assertFalse(exists("BOUNDARYEXAC"));
        assertTrue(exists("BOUNDARYNEW1"));
        retention.run(RetentionRule.MAIL_LOG, now.plusSeconds(2), 2, 0);
        assertFalse(exists("BOUNDARYNEW1"));
    }

    @Test
    void p4_anInterruptedRunLeavesAConsistentStateAndTheNextRunFinishes() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant old = now.minus(Duration.ofDays(40));
        for (int i = 0; i < 25; i++) {
            insert(String.format("INTERRUPT%03d", i), old.plusSeconds(i));
        }
        RetentionRun interrupted =
                retention.run(RetentionRule.MAIL_LOG, now, 10, 1).orElseThrow();
        assertEquals(RetentionOutcome.INTERRUPTED, interrupted.outcome());
        assertEquals(10, interrupted.removed());
        assertEquals(1, interrupted.batches());
        assertEquals(15, count("SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'INTERRUPT%'"));
        assertFalse(exists("INTERRUPT000"), "oldest first");
        assertTrue(exists("INTERRUPT024"));

        RetentionRun finished =
                retention.run(RetentionRule.MAIL_LOG, now, 10, 0).orElseThrow();
        assertEquals(RetentionOutcome.COMPLETED, finished.outcome());
        assertEquals(15, finished.removed());
        assertEquals(0, count("SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'INTERRUPT%'"));
    }

    @Test
    void p4_onlyOneServerHoldsARuleAtATime() throws Exception {
        Instant now = Instant.now();
        assertTrue(lease.acquire(RetentionRule.MAIL_LOG, "other-server#1", now, now.plusSeconds(300)));
        try {
            insert("LEASEHELD001", now.minus(Duration.ofDays(30)));
            Optional<RetentionRun> blocked = retention.run(RetentionRule.MAIL_LOG, now, 100, 0);
            assertTrue(blocked.isEmpty(), "another server holds the rule");
            assertTrue(exists("LEASEHELD001"));
            assertFalse(lease.acquire(RetentionRule.MAIL_LOG, "third-server#1", now, now.plusSeconds(300)));
            assertTrue(
                    lease.acquire(RetentionRule.MAIL_LOG, "third-server#1", now.plusSeconds(301), now.plusSeconds(600)),
                    "a lease that ran out (its server died) can be taken over");
        } finally {
            lease.release(RetentionRule.MAIL_LOG, "other-server#1");
            lease.release(RetentionRule.MAIL_LOG, "third-server#1");
        }
        assertEquals(
                1,
                retention.run(RetentionRule.MAIL_LOG, now, 100, 0).orElseThrow().removed());

        // Two servers starting at the same moment: the rows go once, whoever removes them.
        for (int i = 0; i < 300; i++) {
            insert(String.format("RACE%05d", i), now.minus(Duration.ofDays(31)).plusSeconds(i));
        }
        Callable<Long> run = () -> retention
                .run(RetentionRule.MAIL_LOG, now, 20, 0)
                .map(RetentionRun::removed)
                .orElse(0L);
        Future<Long> a = executor.submit(run);
        Future<Long> b = executor.submit(run);
        assertEquals(300, a.get() + b.get());
        assertEquals(0, count("SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'RACE%'"));
    }

    @Test
    void p4_aMillionOldRowsGoInShortBatchesWhileMailKeepsBeingLogged() throws Exception {
        int rows = 1_000_000;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO mail_log_entry (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status)"
                                + " SELECT NULL, concat('BULK', seq), 'sender@example.com', concat('r', seq mod 5000, '@example.nl'),"
                                + " 1000 + seq mod 90000, timestampadd(second, seq, ?), 'sent' FROM seq_1_to_"
                                + rows)) {
            s.setTimestamp(1, ts(now.minus(Duration.ofDays(60))));
            assertEquals(rows, s.executeUpdate());
        }
        report.add(String.format(
                "insert %,d mail-log rows older than 28 days: %d ms", rows, (System.nanoTime() - t0) / 1_000_000));

        // Meanwhile new mail is logged, one entry at a time, and each insert is timed.
        AtomicBoolean purging = new AtomicBoolean(true);
        AtomicLong inserts = new AtomicLong();
        AtomicLong worstInsertNanos = new AtomicLong();
        Future<?> writer = executor.submit(() -> {
            int i = 0;
            while (purging.get()) {
                long s = System.nanoTime();
                try {
                    insert(String.format("LIVE%07d", i++), Instant.now());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                worstInsertNanos.accumulateAndGet(System.nanoTime() - s, Math::max);
                inserts.incrementAndGet();
            }
            return null;
        });
        long p0 = System.nanoTime();
        RetentionRun run;
        try {
            run = retention
                    .run(RetentionRule.MAIL_LOG, now, RetentionService.DEFAULT_BATCH, 0)
                    .orElseThrow();
        } finally {
            purging.set(false);
        }
        writer.get();
        long purgeMs = (System.nanoTime() - p0) / 1_000_000;
        assertEquals(RetentionOutcome.COMPLETED, run.outcome());
        assertTrue(run.removed() >= rows, "removed " + run.removed());
        assertEquals(0, count("SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'BULK%'"));
        assertEquals(
                inserts.get(),
                count("SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'LIVE%'"),
                "new entries are never touched");
        report.add(String.format(
                "purge of %,d rows in %d batches of %,d: %,d ms (%,.0f rows/s, %.0f ms a batch on average)",
                run.removed(),
                run.batches(),
                RetentionService.DEFAULT_BATCH,
                purgeMs,
                run.removed() * 1000.0 / Math.max(1, purgeMs),
                purgeMs / (double) Math.max(1, run.batches())));
        report.add(String.format(
                "meanwhile %,d single-row inserts of new mail; slowest %.1f ms",
                inserts.get(), worstInsertNanos.get() / 1e6));
        String dir = System.getProperty("server.config.dir");
        Path out = Path.of(
                System.getProperty("portal.perf.dir", dir == null ? "target/perf" : dir + "/../../../../../perf"));
        report.forEach(System.out::println);
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("mail-log-purge.txt"), report);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM mail_log_entry WHERE queue_id LIKE 'LIVE%'")) {
            p.executeUpdate();
        }
    }
}
