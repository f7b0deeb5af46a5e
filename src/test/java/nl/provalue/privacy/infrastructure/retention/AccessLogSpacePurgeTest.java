package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P6: the space purge's budget per website on the real migrations (H2 in MariaDB mode): a default of
 * 0 is no budget, as 0 is for all logs together, so it removes nothing; a website's own budget still
 * holds.
 */
class AccessLogSpacePurgeTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static InMemoryDatabase db;

    @BeforeAll
    static void open() {
        db = InMemoryDatabase.migrated("purge.db", "purge", Customer.class, Website.class, AccessLogEntry.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    /** A website with 100 entries of about 130 bytes each, and its usage row as the import keeps it. */
    private static long siteWithLog(String host, Long ownBudget, int number) {
        return db.inTransaction(em -> {
            Customer customer = new Customer(
                    CustomerNumber.of(number),
                    new ContactDetails(
                            "Budget Test",
                            null,
                            "Weg 1",
                            "1000 AA",
                            "Amsterdam",
                            "NL",
                            null,
                            host.replace("www.", "info@")),
                    "nl",
                    NOW);
            em.persist(customer);
            Website w = new Website(customer, host, "Zakelijk", 1L << 30, NOW);
            if (ownBudget != null) {
                w.changeLogBudget(ownBudget);
            }
            em.persist(w);
            long bytes = 0;
            for (int k = 1; k <= 100; k++) {
                AccessLogEntry e =
                        new AccessLogEntry(w, NOW.minusSeconds(k), "10.0.0." + k, "GET", "/p/" + k, 200, 100);
                em.persist(e);
                bytes += e.storedBytes();
            }
            em.flush();
            em.createNativeQuery(
                            "INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at) VALUES (?1, 100, ?2, ?3)")
                    .setParameter(1, w.id())
                    .setParameter(2, bytes)
                    .setParameter(
                            3,
                            java.sql.Timestamp.valueOf(
                                    java.time.LocalDateTime.ofInstant(NOW.minusSeconds(100), java.time.ZoneOffset.UTC)))
                    .executeUpdate();
            return w.id();
        });
    }

    private static long entries(long site) {
        return db.inTransaction(
                em -> ((Number) em.createNativeQuery("SELECT count(*) FROM access_log_entry WHERE website_id = ?1")
                                .setParameter(1, site)
                                .getSingleResult())
                        .longValue());
    }

    private static int purge(String perSite, String total) {
        return db.inTransaction(em -> {
            AccessLogSpacePurge purge = new AccessLogSpacePurge();
            purge.em = em;
            purge.perSiteSetting = perSite;
            purge.totalSetting = total;
            int removed = 0;
            for (int batch = purge.removeBatch(NOW, 1000); batch > 0; batch = purge.removeBatch(NOW, 1000)) {
                removed += batch;
            }
            return removed;
        });
    }

    @Test
    void p6_aDefaultBudgetPerSiteOf0IsNoBudgetAndRemovesNothing() {
        long site = siteWithLog("www.nul-budget.nl", null, 100_801);

        assertEquals(0, purge("0", "0"), "a budget of 0 is none, not a budget of no bytes at all");
        assertEquals(100, entries(site));
    }

    @Test
    void p6_aWebsitesOwnBudgetHoldsWhateverTheDefault() {
        long site = siteWithLog("www.eigen-budget.nl", 1L << 20, 100_802);
        long before = entries(site);
        assertEquals(0, purge("0", "0"), "100 short lines are well within 1 MiB");
        assertEquals(before, entries(site));
    }
}
