package nl.provalue.privacy.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.retention.CustomerErasure;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P8: every statement of the departure erasure against the migrations on H2 in MariaDB mode, the
 * embedded database the portal runs on by default, step by step with what each step says it erased.
 */
class JpaDepartureStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static InMemoryDatabase db;

    @BeforeAll
    static void migrate() {
        db = InMemoryDatabase.migrated("departure.db", "departurestore", CustomerErasure.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static <T> T with(Function<JpaDepartureStore, T> work) {
        return db.inTransaction(em -> {
            JpaDepartureStore store = new JpaDepartureStore();
            store.em = em;
            return work.apply(store);
        });
    }

    private static long id(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static long count(String sql, long customerId) {
        return db.inTransaction(em ->
                ((Number) em.createNativeQuery(sql).setParameter(1, customerId).getSingleResult()).longValue());
    }

    private static long customerWhoLeft() {
        return db.inTransaction(em -> {
            em.createNativeQuery(
                            "INSERT INTO customer (customer_number, full_name, organisation, street, postal_code, city,"
                                    + " country_code, phone, email, preferred_language, created_at, left_at, administration_ends_at)"
                                    + " VALUES ('PV700001', 'Koen Vertrekker', 'Vertrek B.V.', 'Kade 1', '1011 AA', 'Amsterdam', 'NL',"
                                    + " '+31 20 123 4567', 'koen@vertrek.nl', 'nl', TIMESTAMP '2019-01-01 00:00:00',"
                                    + " TIMESTAMP '2018-06-30 22:00:00', TIMESTAMP '2025-12-31 23:00:00')")
                    .executeUpdate();
            long customer = id(em, "SELECT id FROM customer WHERE customer_number = 'PV700001'");
            em.createNativeQuery(
                            "INSERT INTO user_account (username, password_hash, role, customer_id, enabled, created_at,"
                                    + " totp_secret) VALUES ('koen', 'hash', 'CUSTOMER', ?1, TRUE, CURRENT_TIMESTAMP, 'SECRET')")
                    .setParameter(1, customer)
                    .executeUpdate();
            long account = id(em, "SELECT id FROM user_account WHERE username = 'koen'");
            em.createNativeQuery(
                            "INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (?1, 'c', CURRENT_TIMESTAMP)")
                    .setParameter(1, account)
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO account_token (account_id, purpose, token_hash, created_at, expires_at)"
                                    + " VALUES (?1, 'PASSWORD_RESET', 't', CURRENT_TIMESTAMP, DATEADD('DAY', 1, CURRENT_TIMESTAMP))")
                    .setParameter(1, account)
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO sign_in_session (account_id, started_at, last_seen_at, source_address, browser)"
                                    + " VALUES (?1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '192.0.2.1', 'Firefox')")
                    .setParameter(1, account)
                    .executeUpdate();
            for (String category : List.of("CONTACT", "BILLING")) {
                em.createNativeQuery("INSERT INTO personal_data_item (customer_id, category, label, item_value, source,"
                                + " received_at, storage, created_at) VALUES (?1, ?2, 'l', 'v', 'EMAIL', CURRENT_TIMESTAMP, 'ELECTRONIC',"
                                + " CURRENT_TIMESTAMP)")
                        .setParameter(1, customer)
                        .setParameter(2, category)
                        .executeUpdate();
                em.createNativeQuery(
                                "INSERT INTO personal_data_item_purpose (item_id, purpose) SELECT MAX(id), 'ADMINISTRATION'"
                                        + " FROM personal_data_item")
                        .executeUpdate();
            }
            em.createNativeQuery(
                            "INSERT INTO contact_change (customer_id, field, old_value, new_value, source, changed_at,"
                                    + " changed_by) VALUES (?1, 'EMAIL', 'a@b.nl', 'koen@vertrek.nl', 'WEB_FORM', CURRENT_TIMESTAMP, 'koen')")
                    .setParameter(1, customer)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO paper_record (customer_id, description, location, kept_since, created_at)"
                            + " VALUES (?1, 'Contract', 'Kast 3', DATE '2019-01-01', CURRENT_TIMESTAMP)")
                    .setParameter(1, customer)
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO rights_request (customer_id, request_type, channel, description, received_on,"
                                    + " deadline, extended, status, created_at) VALUES (?1, 'ACCESS', 'EMAIL', 'Inzage', DATE '2019-03-01',"
                                    + " DATE '2019-04-01', FALSE, 'DONE', CURRENT_TIMESTAMP)")
                    .setParameter(1, customer)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO rights_request_event (request_id, occurred_at, actor_username, event)"
                            + " SELECT MAX(id), CURRENT_TIMESTAMP, 'koen', 'FILED' FROM rights_request")
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO website (customer_id, hostname, plan_name, traffic_limit_bytes, created_at)"
                                    + " VALUES (?1, 'www.vertrek.nl', 'Basis', 1000, CURRENT_TIMESTAMP)")
                    .setParameter(1, customer)
                    .executeUpdate();
            long site = id(em, "SELECT id FROM website WHERE hostname = 'www.vertrek.nl'");
            for (int i = 0; i < 3; i++) {
                em.createNativeQuery(
                                "INSERT INTO access_log_entry (website_id, requested_at, client_ip, http_method, path,"
                                        + " status_code, response_bytes) VALUES (?1, CURRENT_TIMESTAMP, '192.0.2.9', 'GET', '/', 200, 1)")
                        .setParameter(1, site)
                        .executeUpdate();
            }
            return customer;
        });
    }

    @Test
    void p8_eachStepErasesWhatItSaysOnTheEmbeddedDatabase() {
        long customer = customerWhoLeft();

        assertEquals(List.of(customer), with(s -> s.dueAtEndOfContract(NOW, 10)));
        assertEquals(List.of(), with(s -> s.dueAtEndOfAdministration(NOW, 10)), "not before the service data went");
        assertEquals(1, (int) with(s -> s.closeLogin(customer, NOW)), "the open session ended");
        assertEquals(
                0,
                count(
                        "SELECT count(*) FROM user_account WHERE customer_id = ?1 AND (enabled OR totp_secret IS NOT NULL"
                                + " OR password_hash <> '!closed')",
                        customer));
        assertEquals(
                0,
                count(
                        "SELECT count(*) FROM recovery_code r JOIN user_account a ON a.id = r.account_id"
                                + " WHERE a.customer_id = ?1",
                        customer));
        assertEquals(
                2,
                (int) db.inTransaction(em -> new JpaAccessLogStore(em).eraseOfCustomer(customer, 2)),
                "at most the number asked for");
        assertEquals(1, (int) db.inTransaction(em -> new JpaAccessLogStore(em).eraseOfCustomer(customer, 2)));
        assertEquals(2, (int) with(s -> s.eraseReachability(customer)), "e-mail address and phone");
        assertEquals(1, (int) with(s -> s.eraseItems(
                customer, EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CORRESPONDENCE))));
        assertEquals(1, (int) with(s -> s.eraseChanges(customer)));
        assertTrue((boolean) with(s -> s.markErased(customer, NOW)));
        assertFalse((boolean) with(s -> s.markErased(customer, NOW)), "once");

        assertEquals(List.of(customer), with(s -> s.dueAtEndOfAdministration(NOW, 10)));
        assertEquals(
                5, (int) with(s -> s.eraseAdministration(customer)), "name, organisation, street, postal code, city");
        assertEquals(1, (int) with(s -> s.eraseItems(customer, EnumSet.of(DataCategory.BILLING))));
        assertEquals(1, (int) with(s -> s.erasePaperRecords(customer)));
        assertEquals(1, (int) with(s -> s.eraseRightsRequests(customer)));
        assertEquals(1, (int) with(s -> s.removeLogin(customer)));
        assertTrue((boolean) with(s -> s.markAdministrationErased(customer, NOW)));
        assertEquals(List.of(), with(s -> s.dueAtEndOfAdministration(NOW, 10)));
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer WHERE id = ?1 AND full_name = '' AND email = ''"
                                + " AND phone IS NULL AND street IS NULL",
                        customer),
                "the number stays, nothing else");

        with(s -> {
            s.record(new CustomerErasure(customer, CustomerErasure.Stage.END_OF_CONTRACT, KeptCategory.WHOIS, 2, NOW));
            return null;
        });
        List<CustomerErasure> recorded = with(s -> s.erasuresOf(customer));
        assertEquals(1, recorded.size());
        assertEquals(KeptCategory.WHOIS, recorded.get(0).category());
    }
}
