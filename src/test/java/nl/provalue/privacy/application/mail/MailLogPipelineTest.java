package nl.provalue.privacy.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.domain.mail.MailLogStore.Delivery;
import nl.provalue.privacy.domain.mail.MailOwnership;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.infrastructure.persistence.jpa.JpaMailLogStore;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P4: the intake and the purge through the one writer of the mail log ({@code JpaMailLogStore}),
 * on the real migrations (H2, the embedded database): each delivery goes in once, to the customer
 * of its mailbox or domain, and the purge removes exactly the entries past their 28 days.
 */
class MailLogPipelineTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static InMemoryDatabase db;
    private static int customers = 200_900;

    @BeforeAll
    static void open() {
        db = InMemoryDatabase.migrated(
                "maillog.db",
                "maillog",
                Customer.class,
                Mailbox.class,
                DomainName.class,
                nl.provalue.privacy.domain.registration.DomainContact.class,
                MailLogEntry.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    /** A customer with the given mailbox and domain (either may be null); returns the customer's id. */
    private static long customer(String mailbox, String domain) {
        int number = ++customers;
        return db.inTransaction(em -> {
            Customer customer = new Customer(
                    CustomerNumber.of(number),
                    new ContactDetails(
                            "Mail Test",
                            null,
                            "Weg 1",
                            "1000 AA",
                            "Amsterdam",
                            "NL",
                            null,
                            "m" + number + "@example.nl"),
                    "nl",
                    NOW);
            em.persist(customer);
            if (mailbox != null) {
                em.persist(new Mailbox(customer, mailbox, Set.of(MailProtocol.IMAP), NOW));
            }
            if (domain != null) {
                em.persist(new DomainName(customer, domain, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
            }
            return customer.id();
        });
    }

    private static Delivery delivery(String queueId, String from, String to, Instant at) {
        return new Delivery(null, queueId, from, to, 1_000, at, "sent");
    }

    private static MailLogStore.Stored take(List<Delivery> deliveries, MailLogIntake.Owners owners) {
        return db.inTransaction(em -> {
            MailLogIntake intake = new MailLogIntake();
            intake.store = new JpaMailLogStore(em);
            return intake.take(deliveries, owners);
        });
    }

    private static Long ownerOf(String queueId) {
        return db.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("SELECT customer_id FROM mail_log_entry WHERE queue_id = ?1")
                    .setParameter(1, queueId)
                    .getResultList();
            assertEquals(1, rows.size(), queueId + " stored once");
            return rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
        });
    }

    @Test
    void eachDeliveryGoesInOnce_toTheCustomerOfItsMailboxOrDomain() {
        long jan = customer("jan@pipeline-jan.nl", "pipeline-jan.nl");
        long piet = customer(null, "pipeline-piet.nl");
        MailLogIntake.Owners owners = new MailLogIntake.Owners();
        List<Delivery> chunk = new ArrayList<>();
        chunk.add(delivery("PIPE1", "x@elders.org", "jan@pipeline-jan.nl", NOW.minusSeconds(60)));
        chunk.add(delivery("PIPE2", "x@elders.org", "info@mail.pipeline-piet.nl", NOW.minusSeconds(50)));
        chunk.add(delivery("PIPE3", "x@elders.org", "nobody@elders.org", NOW.minusSeconds(40)));
        chunk.add(delivery("PIPE1", "x@elders.org", "jan@pipeline-jan.nl", NOW.minusSeconds(60)));
        MailLogStore.Stored first = take(chunk, owners);
        assertEquals(3, first.entries(), "the repeat within the chunk once");
        assertEquals(jan, ownerOf("PIPE1"));
        assertEquals(piet, ownerOf("PIPE2"), "the nearest domain that is somebody's");
        assertNull(ownerOf("PIPE3"), "nobody's");

        MailLogStore.Stored again = take(chunk, new MailLogIntake.Owners());
        assertEquals(0, again.entries(), "an import of the same log stores nothing twice");
        assertEquals(0, again.bytes());
    }

    @Test
    void thePurgeRemovesExactlyWhatIsPastItsTime_oldestFirst() {
        long customer = customer("purge@pipeline-purge.nl", null);
        Instant cutoff = NOW.minusSeconds(3_600);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deliveries.add(new Delivery(
                    customer,
                    "PURGE" + i,
                    "a@elders.org",
                    "purge@pipeline-purge.nl",
                    10,
                    cutoff.plusSeconds(i - 5),
                    "sent"));
        }
        db.inTransaction(em -> new JpaMailLogStore(em).append(deliveries));
        assertEquals(3, (int) db.inTransaction(em -> new JpaMailLogStore(em).removeSentBefore(cutoff, 3)));
        assertEquals(2, (int) db.inTransaction(em -> new JpaMailLogStore(em).removeSentBefore(cutoff, 3)));
        assertEquals(0, (int) db.inTransaction(em -> new JpaMailLogStore(em).removeSentBefore(cutoff, 3)));
        assertEquals(
                5L,
                ((Number) db.inTransaction(em -> em.createNativeQuery(
                                        "SELECT count(*) FROM mail_log_entry WHERE queue_id LIKE 'PURGE%'")
                                .getSingleResult()))
                        .longValue());
    }

    @Test
    void ownershipAndStatus_ruledInTheDomain() {
        Map<String, Long> mailboxes = Map.of("a@x.nl", 1L, "b@y.nl", 2L);
        Map<String, Long> domains = Map.of("x.nl", 3L, "mail.z.nl", 4L, "z.nl", 5L);
        assertEquals(
                1L, MailOwnership.ownerOf("a@x.nl", "b@y.nl", mailboxes, domains), "the recipient's mailbox first");
        assertEquals(2L, MailOwnership.ownerOf("c@x.nl", "b@y.nl", mailboxes, domains), "then the sender's");
        assertEquals(3L, MailOwnership.ownerOf("c@x.nl", "d@q.nl", mailboxes, domains), "then a domain");
        assertEquals(4L, MailOwnership.ownerOf("c@mail.z.nl", "d@q.nl", mailboxes, domains), "the nearest domain");
        assertNull(MailOwnership.ownerOf("c@q.nl", "d@r.nl", mailboxes, domains));
        assertEquals(List.of("mail.z.nl", "z.nl"), MailOwnership.domainsOf("c@mail.z.nl"));
        assertEquals(List.of(), MailOwnership.domainsOf("no-at-sign"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Delivery(null, "Q", "a@b.nl", "c@d.nl", 1, NOW, "x".repeat(MailLogStore.STATUS_LENGTH + 1)),
                "an over-long status is refused, never cut");
    }
}
