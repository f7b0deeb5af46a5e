package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.account.SignInSession;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.retention.CustomerErasure;
import nl.provalue.privacy.domain.retention.DepartureStore;

/**
 * P8: erasure of a departed customer's data in SQL. The customer's own row is changed by statements,
 * never through the entity, so the erased values cannot be written back by a stale copy; the
 * conditions on {@code left_at} and {@code administration_ends_at} are those of
 * {@code Customer.hasLeftAt} and {@code Departure.administrationEndsAt}, which set them.
 */
@ApplicationScoped
public class JpaDepartureStore implements DepartureStore {

    private static final String ACCOUNTS = "(SELECT id FROM user_account WHERE customer_id = ?1)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Long> dueAtEndOfContract(Instant now, int limit) {
        return ids(
                "SELECT id FROM customer WHERE left_at <= ?1 AND erased_at IS NULL ORDER BY left_at, id", now, limit);
    }

    @Override
    public List<Long> dueAtEndOfAdministration(Instant now, int limit) {
        return ids(
                "SELECT id FROM customer WHERE administration_ends_at <= ?1 AND administration_erased_at IS NULL"
                        + " AND erased_at IS NOT NULL ORDER BY administration_ends_at, id",
                now,
                limit);
    }

    private List<Long> ids(String sql, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql)
                .setParameter(1, now)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    @Override
    public int closeLogin(long customerId, Instant at) {
        int ended = em.createNativeQuery("UPDATE sign_in_session SET ended_at = ?2, end_reason = ?3"
                        + " WHERE ended_at IS NULL AND account_id IN " + ACCOUNTS)
                .setParameter(1, customerId)
                .setParameter(2, at)
                .setParameter(3, SignInSession.EndReason.CONTRACT_ENDED.name())
                .executeUpdate();
        update("DELETE FROM recovery_code WHERE account_id IN " + ACCOUNTS, customerId);
        // Links not yet used stop working now; used ones stay as records of signing in (P3).
        update("DELETE FROM account_token WHERE used_at IS NULL AND account_id IN " + ACCOUNTS, customerId);
        em.createNativeQuery("UPDATE user_account SET enabled = FALSE, password_hash = ?2, totp_secret = NULL,"
                        + " totp_last_step = NULL, totp_enabled_at = NULL WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .setParameter(2, UserAccount.CLOSED)
                .executeUpdate();
        return ended;
    }

    @Override
    public int eraseReachability(long customerId) {
        Number held = (Number) em.createNativeQuery("SELECT CASE WHEN email <> '' THEN 1 ELSE 0 END"
                        + " + CASE WHEN phone IS NULL THEN 0 ELSE 1 END FROM customer WHERE id = ?1")
                .setParameter(1, customerId)
                .getSingleResult();
        update("UPDATE customer SET email = '', phone = NULL WHERE id = ?1", customerId);
        return held.intValue();
    }

    @Override
    public int eraseItems(long customerId, Collection<DataCategory> categories) {
        if (categories.isEmpty()) {
            return 0;
        }
        // Enum names, never outside input: safe to inline.
        String items = "(SELECT id FROM personal_data_item WHERE customer_id = ?1 AND category IN ("
                + categories.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(",")) + "))";
        update("DELETE FROM personal_data_document_part WHERE item_id IN " + items, customerId);
        update("DELETE FROM personal_data_document WHERE item_id IN " + items, customerId);
        update("DELETE FROM personal_data_item_purpose WHERE item_id IN " + items, customerId);
        return update("DELETE FROM personal_data_item WHERE id IN " + items, customerId);
    }

    @Override
    public int eraseChanges(long customerId) {
        return update("DELETE FROM contact_change WHERE customer_id = ?1", customerId);
    }

    @Override
    public boolean markErased(long customerId, Instant at) {
        return em.createNativeQuery(
                                "UPDATE customer SET erased_at = ?2 WHERE id = ?1 AND erased_at IS NULL AND left_at <= ?2")
                        .setParameter(1, customerId)
                        .setParameter(2, at)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int eraseAdministration(long customerId) {
        Number held = (Number) em.createNativeQuery("SELECT CASE WHEN full_name <> '' THEN 1 ELSE 0 END"
                        + " + CASE WHEN organisation IS NULL THEN 0 ELSE 1 END + CASE WHEN street IS NULL THEN 0 ELSE 1 END"
                        + " + CASE WHEN postal_code IS NULL THEN 0 ELSE 1 END + CASE WHEN city IS NULL THEN 0 ELSE 1 END"
                        + " FROM customer WHERE id = ?1")
                .setParameter(1, customerId)
                .getSingleResult();
        update(
                "UPDATE customer SET full_name = '', organisation = NULL, street = NULL, postal_code = NULL, city = NULL"
                        + " WHERE id = ?1",
                customerId);
        return held.intValue();
    }

    @Override
    public int erasePaperRecords(long customerId) {
        return update("DELETE FROM paper_record WHERE customer_id = ?1", customerId);
    }

    @Override
    public int eraseRightsRequests(long customerId) {
        update(
                "DELETE FROM rights_request_event WHERE request_id IN (SELECT id FROM rights_request WHERE customer_id = ?1)",
                customerId);
        return update("DELETE FROM rights_request WHERE customer_id = ?1", customerId);
    }

    @Override
    public int removeLogin(long customerId) {
        for (String table : List.of("sign_in_attempt", "sign_in_session", "account_token", "recovery_code")) {
            update("DELETE FROM " + table + " WHERE account_id IN " + ACCOUNTS, customerId);
        }
        return update("DELETE FROM user_account WHERE customer_id = ?1", customerId);
    }

    @Override
    public boolean markAdministrationErased(long customerId, Instant at) {
        return em.createNativeQuery("UPDATE customer SET administration_erased_at = ?2 WHERE id = ?1"
                                + " AND administration_erased_at IS NULL AND administration_ends_at <= ?2")
                        .setParameter(1, customerId)
                        .setParameter(2, at)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void record(CustomerErasure erasure) {
        em.persist(erasure);
    }

    @Override
    public List<CustomerErasure> erasuresOf(long customerId) {
        return em.createNamedQuery("CustomerErasure.ofCustomer", CustomerErasure.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    private int update(String sql, long customerId) {
        return em.createNativeQuery(sql).setParameter(1, customerId).executeUpdate();
    }
}
