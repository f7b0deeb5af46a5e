package nl.provalue.privacy.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.shared.LogPosition;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.domain.web.AccessLogRepository.Scan;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P6: the access log's page queries against the real migrations, on an in-memory H2 in the
 * portal's MariaDB mode (the embedded database of the demo): a filter on page or address looks
 * through a bounded stretch of lines per page and goes on from where it stopped, in either order
 * and either direction. {@code AccessLogPagingIT} counts the rows MariaDB reads for the same.
 */
class JpaAccessLogRepositoryTest {

    /** Line k (1 = newest) is k seconds before this, asks for /p/(k mod 1000), from 10.0.(k mod 7).1. */
    private static final Instant NEWEST = Instant.parse("2026-11-30T12:00:00Z");

    private static final int LINES = 12_000;

    private static InMemoryDatabase db;
    private static long site;

    @BeforeAll
    static void aSiteWithTwelveThousandLines() {
        db = InMemoryDatabase.migrated(
                "accesslog.db", "accesslog", Customer.class, Website.class, AccessLogEntry.class);
        site = db.inTransaction(em -> {
            Customer customer = new Customer(
                    CustomerNumber.of(100_777),
                    new ContactDetails("Log Test", null, "Weg 1", "1000 AA", "Amsterdam", "NL", null, "log@example.nl"),
                    "nl",
                    NEWEST);
            em.persist(customer);
            Website w = new Website(customer, "www.logtest.nl", "Zakelijk", 1L << 30, NEWEST);
            em.persist(w);
            for (int k = 1; k <= LINES; k++) {
                em.persist(new AccessLogEntry(w, at(k), "10.0." + (k % 7) + ".1", "GET", "/p/" + (k % 1000), 200, 100));
                if (k % 1000 == 0) {
                    em.flush();
                    em.clear();
                    w = em.find(Website.class, w.id());
                }
            }
            return w.id();
        });
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Instant at(int k) {
        return NEWEST.minusSeconds(k);
    }

    private static Scan page(AccessLogQuery q) {
        return db.inTransaction(em -> new JpaAccessLogRepository(em).page(q));
    }

    private static AccessLogQuery query(String ip, String path, boolean newestFirst) {
        return new AccessLogQuery(site, null, null, ip, path, newestFirst, null, null, false, 50);
    }

    private static List<Instant> times(Scan scan) {
        return scan.rows().stream().map(AccessLogEntry::requestedAt).toList();
    }

    @Test
    void p6_aRareFilterLooksThroughTenThousandLinesAndOnFromThere() {
        AccessLogQuery rare = query(null, "/p/999", true);
        Scan first = page(rare);
        assertEquals(
                List.of(
                        at(999), at(1999), at(2999), at(3999), at(4999), at(5999), at(6999), at(7999), at(8999),
                        at(9999)),
                times(first),
                "the matches among the newest 10,000 lines");
        assertEquals(at(AccessLogQuery.SCAN_WINDOW), first.lookedTo().at(), "looked as far as the 10,000th line");

        Scan rest = page(rare.continueFrom(first.lookedTo(), false));
        assertEquals(List.of(at(10_999), at(11_999)), times(rest));
        assertNull(rest.lookedTo(), "the end of the log");

        // Back from the start of the second stretch: the same ten, nearest first read, shown in order.
        Scan back = page(
                rare.continueFrom(new LogPosition(at(10_001), first.lookedTo().id() + 1), true));
        assertEquals(times(first), times(back));
    }

    @Test
    void p6_oldestFirstTheWindowRunsTheOtherWay() {
        Scan first = page(query(null, "/p/999", false));
        assertEquals(
                List.of(
                        at(11_999),
                        at(10_999),
                        at(9999),
                        at(8999),
                        at(7999),
                        at(6999),
                        at(5999),
                        at(4999),
                        at(3999),
                        at(2999)),
                times(first),
                "the oldest 10,000 lines are lines 12,000 down to 2,001");
        assertEquals(
                at(LINES - AccessLogQuery.SCAN_WINDOW + 1), first.lookedTo().at());
    }

    @Test
    void p6_aFilterMostLinesMatchFillsAPageFromTheFirstLook() {
        Scan all = page(query("10.0.", null, true));
        assertEquals(51, all.rows().size(), "a page and one line to tell more follow");
        assertEquals(at(1), all.rows().get(0).requestedAt());
        assertEquals(at(AccessLogQuery.FIRST_LOOK), all.lookedTo().at(), "no further than the first look");

        Scan oneInSeven = page(query("10.0.3.", "/p/", true));
        assertEquals(51, oneInSeven.rows().size());
        assertTrue(oneInSeven.rows().stream().allMatch(e -> e.clientIp().equals("10.0.3.1")));
    }

    @Test
    void p6_unfilteredPagesAreNotBounded() {
        Scan page = page(query(null, null, true));
        assertEquals(51, page.rows().size());
        assertNull(page.lookedTo());
        Scan deep = page(query(null, null, true).continueFrom(new LogPosition(at(11_990), 0), false));
        assertEquals(10, deep.rows().size(), "the last ten lines");
    }
}
