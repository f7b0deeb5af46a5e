package nl.provalue.privacy.application.weblog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.application.retention.LogBudgets;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogStore.Line;
import nl.provalue.privacy.domain.web.AccessLogStore.Stored;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.infrastructure.persistence.jpa.JpaAccessLogStore;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P3, P6: the intake and the space keeper through the one writer of the access-log tables
 * ({@code JpaAccessLogStore}), on the real migrations (H2 in MariaDB mode, the
 * embedded database): lines go in once with their traffic and storage, the space purge takes off
 * exactly what it removes, a default budget of 0 removes nothing, and a departed customer's log
 * goes with its usage.
 */
class AccessLogPipelineTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static InMemoryDatabase db;
    private static int customers = 100_900;

    @BeforeAll
    static void open() {
        db = InMemoryDatabase.migrated("store.db", "store", Customer.class, Website.class, AccessLogEntry.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static long website(String host, Long ownBudget) {
        int number = ++customers;
        return db.inTransaction(em -> {
            Customer customer = new Customer(
                    CustomerNumber.of(number),
                    new ContactDetails(
                            "Log Test",
                            null,
                            "Weg 1",
                            "1000 AA",
                            "Amsterdam",
                            "NL",
                            null,
                            "log" + number + "@example.nl"),
                    "nl",
                    NOW);
            em.persist(customer);
            Website w = new Website(customer, host, "Zakelijk", 1L << 30, NOW);
            if (ownBudget != null) {
                w.changeLogBudget(ownBudget);
            }
            em.persist(w);
            return w.id();
        });
    }

    /** {@code count} lines of 200 bytes in the log and 1,000 bytes of traffic each, one a minute back from NOW. */
    private static List<Line> lines(long site, int count, long firstKey) {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            lines.add(new Line(
                    site,
                    NOW.minusSeconds(60L * (count - k)),
                    "10.0.0.1",
                    "GET",
                    "/p/" + k,
                    200,
                    1000,
                    200,
                    firstKey < 0 ? null : firstKey + k));
        }
        return lines;
    }

    private static Stored take(List<Line> lines, Long importId) {
        return db.inTransaction(em -> {
            AccessLogIntake intake = new AccessLogIntake();
            intake.store = new JpaAccessLogStore(em);
            return intake.take(lines, importId);
        });
    }

    private static long scalar(String sql, Object... parameters) {
        return db.inTransaction(em -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            Object v = q.getSingleResult();
            return v == null ? 0 : ((Number) v).longValue();
        });
    }

    private static int keep(long defaultPerSite, long total) {
        return db.inTransaction(em -> {
            AccessLogSpaceKeeper keeper = new AccessLogSpaceKeeper();
            keeper.store = new JpaAccessLogStore(em);
            keeper.budgets = new LogBudgets() {
                @Override
                public long defaultBudgetPerSite() {
                    return defaultPerSite;
                }

                @Override
                public long totalBudget() {
                    return total;
                }

                @Override
                public void changeTotalBudget(long bytes, String by, Instant at) {
                    throw new UnsupportedOperationException();
                }
            };
            int removed = 0;
            for (int batch = keeper.removeBatch(NOW, 1000); batch > 0; batch = keeper.removeBatch(NOW, 1000)) {
                removed += batch;
            }
            return removed;
        });
    }

    @Test
    void p3_p6_linesGoInOnceWithTheirTrafficPerAmsterdamDayAndTheirStorage() {
        long site = website("www.eenmaal.nl", null);
        List<Line> lines = lines(site, 10, 1);
        lines.add(lines.get(3)); // the same line read twice in one batch

        assertEquals(new Stored(10, 10_000), take(lines, 1L));
        assertEquals(new Stored(0, 0), take(lines(site, 10, 1), 2L), "a second import stores nothing twice");
        assertEquals(new Stored(2, 2_000), take(lines(site, 2, -1), null), "lines without a key are never duplicates");

        assertEquals(12, scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?1", site));
        assertEquals(12, scalar("SELECT entries FROM access_log_usage WHERE website_id = ?1", site));
        assertEquals(12 * 200, scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?1", site));
        assertEquals(
                12_000,
                scalar(
                        "SELECT bytes_served FROM traffic_day WHERE website_id = ?1 AND traffic_date = ?2",
                        site,
                        LocalDate.of(2026, 11, 30)));
    }

    @Test
    void p6_aDefaultBudgetPerSiteOf0IsNoBudgetAndRemovesNothing() {
        long site = website("www.nul-budget.nl", null);
        take(lines(site, 100, 1), 3L);

        assertEquals(0, keep(0, 0), "a budget of 0 is none, not a budget of no bytes at all");
        assertEquals(100, scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?1", site));
    }

    @Test
    void p6_theFewestOldestEntriesGoAndTheUsageGoesDownByExactlyThose() {
        long site = website("www.vol.nl", 1L << 20); // its own budget: 1 MiB
        take(lines(site, 6_000, 1), 4L); // 1,200,000 bytes: 151,424 over
        long before = scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?1", site);

        int removed = keep(512L << 20, 0);

        assertEquals(758, removed, "151,424 bytes over at 200 a line: 758 lines, not one more");
        assertEquals(6_000 - 758, scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?1", site));
        assertEquals(
                before - 758 * 200L, scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?1", site));
        assertEquals(758, scalar("SELECT entries FROM access_log_removal WHERE website_id = ?1", site));
        assertEquals(
                6_000,
                scalar("SELECT SUM(requests) FROM traffic_day WHERE website_id = ?1", site),
                "P3: the traffic counted stays when the log lines go");
    }

    @Test
    void p6_aDepartedCustomersLogGoesWithItsUsage() {
        long site = website("www.vertrokken.nl", null);
        take(lines(site, 5, 1), 5L);
        long customer = scalar("SELECT customer_id FROM website WHERE id = ?1", site);

        assertEquals(3, (int) db.inTransaction(em -> new JpaAccessLogStore(em).eraseOfCustomer(customer, 3)));
        assertEquals(2, scalar("SELECT entries FROM access_log_usage WHERE website_id = ?1", site));
        assertEquals(2 * 200, scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?1", site));
        assertEquals(2, (int) db.inTransaction(em -> new JpaAccessLogStore(em).eraseOfCustomer(customer, 3)));
        assertEquals(0, scalar("SELECT COALESCE(SUM(entries), 0) FROM access_log_usage WHERE website_id = ?1", site));
    }
}
