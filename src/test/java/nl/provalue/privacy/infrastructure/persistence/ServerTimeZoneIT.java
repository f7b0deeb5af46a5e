package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.domain.mail.MailLogStore.Delivery;
import nl.provalue.privacy.domain.retention.RetentionLease;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.domain.web.WebsiteRepository;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database holds UTC wall-clock times, whatever the time zone of the server's own clock. A
 * server set to Europe/Amsterdam, as a Dutch machine usually is, must store, compare and read the
 * same moments as one on UTC: a cutoff in a native query, a time written with plain JDBC, one read
 * back, and a UTC time whose reading does not exist on the Amsterdam clock (02:30 on the night the
 * clocks go from 02:00 to 03:00). Each test sets the server's default zone to Amsterdam for its own
 * calls only and sets it back; the rows it checks are written and read as plain UTC readings
 * ({@link LocalDateTime}), which no time zone touches.
 */
@ExtendWith(ArquillianExtension.class)
class ServerTimeZoneIT {

    private static final TimeZone AMSTERDAM = TimeZone.getTimeZone("Europe/Amsterdam");

    /** 02:30 UTC on 29 March 2026: as a reading of the Amsterdam clock, an hour that was skipped. */
    private static final Instant IN_THE_SKIPPED_HOUR = Instant.parse("2026-03-29T02:30:00Z");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(ServerTimeZoneIT.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    MailLogStore mailLog;

    @Inject
    RetentionLease lease;

    @Inject
    WebsiteRepository websites;

    @Inject
    Entities entities;

    /** JPA itself, for an entity's time: the test class is not a bean of its own. */
    @ApplicationScoped
    public static class Entities {

        @PersistenceContext(unitName = "portal")
        EntityManager em;

        @Transactional
        public void createdAt(long website, Instant at) {
            em.createQuery("update Website w set w.createdAt = :at where w.id = :id")
                    .setParameter("at", at)
                    .setParameter("id", website)
                    .executeUpdate();
        }

        public Instant createdAt(long website) {
            return em.createQuery("select w.createdAt from Website w where w.id = :id", Instant.class)
                    .setParameter("id", website)
                    .getSingleResult();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs the work with the server's default time zone set to Amsterdam, and sets it back. */
    private static void onAnAmsterdamClock(Work work) throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(AMSTERDAM);
        try {
            work.run();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private void inTransaction(Work work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void removeMail(String queueId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM mail_log_entry WHERE queue_id = ?")) {
            p.setString(1, queueId);
            p.executeUpdate();
        }
    }

    private void insertMail(String queueId, Instant sentAt) throws Exception {
        removeMail(queueId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO mail_log_entry (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status)"
                                + " VALUES (NULL, ?, 'a@example.nl', 'b@example.nl', 1000, ?, 'sent')")) {
            p.setString(1, queueId);
            p.setObject(2, utc(sentAt));
            p.executeUpdate();
        }
    }

    private long count(String sql, Object arg) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private LocalDateTime sentAt(String queueId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT sent_at FROM mail_log_entry WHERE queue_id = ?")) {
            p.setString(1, queueId);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), queueId + " is stored");
                return rs.getObject(1, LocalDateTime.class);
            }
        }
    }

    @Test
    void aCutoffInANativeQueryIsTheSameMomentOnAnAmsterdamClock() throws Exception {
        // Long before any other test's mail, so that the purge below finds only these two.
        Instant cutoff = Instant.parse("2001-11-02T12:00:00Z");
        insertMail("TZCUTOFFGONE", cutoff.minusSeconds(1));
        insertMail("TZCUTOFFKEPT", cutoff);

        onAnAmsterdamClock(() -> inTransaction(() -> assertEquals(1, mailLog.removeSentBefore(cutoff, 100))));

        assertEquals(0, count("SELECT count(*) FROM mail_log_entry WHERE queue_id = ?", "TZCUTOFFGONE"));
        assertEquals(1, count("SELECT count(*) FROM mail_log_entry WHERE queue_id = ?", "TZCUTOFFKEPT"));
        removeMail("TZCUTOFFKEPT");
    }

    @Test
    void aTimeWrittenWithPlainJdbcIsTheSameMomentEvenInTheSkippedHour() throws Exception {
        Delivery delivery =
                new Delivery(null, "TZSKIPPED001", "a@example.nl", "b@example.nl", 1000, IN_THE_SKIPPED_HOUR, "sent");
        removeMail("TZSKIPPED001");
        onAnAmsterdamClock(() -> inTransaction(() -> {
            assertEquals(1, mailLog.append(List.of(delivery)).entries());
            assertEquals(0, mailLog.append(List.of(delivery)).entries(), "read back, it is the same delivery");
        }));
        assertEquals(LocalDateTime.parse("2026-03-29T02:30:00"), sentAt("TZSKIPPED001"));
        removeMail("TZSKIPPED001");
    }

    @Test
    void aLeaseRunsOutAtTheSameMomentOnAnAmsterdamClock() throws Exception {
        String holder = "tz-test#1";
        onAnAmsterdamClock(() -> {
            assertTrue(lease.acquire(
                    RetentionRule.RAW_LOG_FILES, holder, IN_THE_SKIPPED_HOUR.minusSeconds(3600), IN_THE_SKIPPED_HOUR));
            try {
                assertEquals(
                        IN_THE_SKIPPED_HOUR,
                        lease.holding(RetentionRule.RAW_LOG_FILES).orElseThrow().until());
                assertFalse(
                        lease.acquire(
                                RetentionRule.RAW_LOG_FILES,
                                "other#1",
                                IN_THE_SKIPPED_HOUR.minusSeconds(1),
                                IN_THE_SKIPPED_HOUR.plusSeconds(60)),
                        "a second before it runs out, the lease still binds");
            } finally {
                lease.release(RetentionRule.RAW_LOG_FILES, holder);
            }
        });
    }

    /** A new website of a demo customer, so that the test's rows are its own. */
    private long newWebsite() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO website (customer_id, hostname, plan_name, traffic_limit_bytes, created_at)"
                                + " SELECT id, ?, 'Zakelijk', 107374182400, ? FROM customer WHERE customer_number = 'PV100912'",
                        Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, "www.tz" + System.nanoTime() + ".nl");
            p.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void removeWebsite(long site) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"access_log_usage", "traffic_day"}) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE website_id = ?")) {
                    p.setLong(1, site);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM website WHERE id = ?")) {
                p.setLong(1, site);
                p.executeUpdate();
            }
        }
    }

    @Test
    void anEntitysTimeIsWrittenAndReadAsTheSameMomentOnAnAmsterdamClock() throws Exception {
        long site = newWebsite();
        try {
            onAnAmsterdamClock(() -> entities.createdAt(site, IN_THE_SKIPPED_HOUR));
            try (Connection c = dataSource.getConnection();
                    PreparedStatement p = c.prepareStatement("SELECT created_at FROM website WHERE id = ?")) {
                p.setLong(1, site);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    assertEquals(LocalDateTime.parse("2026-03-29T02:30:00"), rs.getObject(1, LocalDateTime.class));
                }
            }
            onAnAmsterdamClock(() -> assertEquals(IN_THE_SKIPPED_HOUR, entities.createdAt(site)));
        } finally {
            removeWebsite(site);
        }
    }

    @Test
    void aDayIsTheSameDayOnAnAmsterdamClock() throws Exception {
        long site = newWebsite();
        try {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement p = c.prepareStatement("INSERT INTO traffic_day (website_id, traffic_date,"
                            + " bytes_served, requests) VALUES (?, ?, 1000, 1)")) {
                for (String day : new String[] {"2026-10-31", "2026-11-01", "2026-11-30", "2026-12-01"}) {
                    p.setLong(1, site);
                    p.setObject(2, LocalDate.parse(day));
                    p.executeUpdate();
                }
            }
            onAnAmsterdamClock(() -> assertEquals(
                    List.of(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")),
                    websites
                            .trafficBetween(List.of(site), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))
                            .stream()
                            .map(TrafficDay::date)
                            .toList(),
                    "the days of November, read with November's bounds"));
        } finally {
            removeWebsite(site);
        }
    }

    @Test
    void aTimeReadByANativeQueryIsTheSameMomentOnAnAmsterdamClock() throws Exception {
        Instant oldest = Instant.parse("2026-11-02T12:00:00Z");
        long site = newWebsite();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at) VALUES (?, 1, 100, ?)")) {
                p.setLong(1, site);
                p.setObject(2, utc(oldest));
                p.executeUpdate();
            }
        }
        try {
            onAnAmsterdamClock(() ->
                    assertEquals(oldest, websites.logUsage(site).orElseThrow().oldest()));
        } finally {
            removeWebsite(site);
        }
    }
}
