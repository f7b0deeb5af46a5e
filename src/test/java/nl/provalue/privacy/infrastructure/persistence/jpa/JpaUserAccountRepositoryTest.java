package nl.provalue.privacy.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The people behind user names that histories keep, against the migrations on H2 in MariaDB mode. */
class JpaUserAccountRepositoryTest {

    private static InMemoryDatabase db;

    @BeforeAll
    static void migrate() {
        db = InMemoryDatabase.migrated(
                "accounts.db", "accountnames", UserAccount.class, Customer.class, StaffMember.class);
        db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO staff_member (full_name, email, created_at)"
                            + " VALUES ('Lotte Mulder', 'lotte@provalue.nl', CURRENT_TIMESTAMP)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO customer (customer_number, full_name, street, postal_code, city,"
                            + " country_code, email, preferred_language, created_at) VALUES ('PV700101', 'Koen de Vries',"
                            + " 'Kade 1', '1011 AA', 'Amsterdam', 'NL', 'koen@example.nl', 'nl', CURRENT_TIMESTAMP)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO user_account (username, password_hash, role, staff_member_id, enabled,"
                            + " created_at) VALUES ('lotte.mulder', 'hash', 'STAFF', ?1, TRUE, CURRENT_TIMESTAMP)")
                    .setParameter(1, id(em, "SELECT id FROM staff_member WHERE full_name = 'Lotte Mulder'"))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO user_account (username, password_hash, role, customer_id, enabled,"
                            + " created_at) VALUES ('koen', 'hash', 'CUSTOMER', ?1, TRUE, CURRENT_TIMESTAMP)")
                    .setParameter(1, id(em, "SELECT id FROM customer WHERE customer_number = 'PV700101'"))
                    .executeUpdate();
            return null;
        });
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static long id(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static Map<String, String> fullNames(List<String> usernames) {
        return db.inTransaction(em -> {
            JpaUserAccountRepository accounts = new JpaUserAccountRepository();
            accounts.em = em;
            return accounts.fullNames(usernames);
        });
    }

    @Test
    void staffAndCustomersByName_andAUserNameWithoutALoginIsLeftOut() {
        assertEquals(
                Map.of("lotte.mulder", "Lotte Mulder", "koen", "Koen de Vries"),
                fullNames(List.of("lotte.mulder", "koen", "eva.weg", "system")));
        assertEquals(Map.of(), fullNames(List.of()));
    }
}
