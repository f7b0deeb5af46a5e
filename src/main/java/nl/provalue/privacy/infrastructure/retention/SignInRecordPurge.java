package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.account.SignInRecordRetention;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.infrastructure.persistence.DeleteByIds;

/**
 * P3: deletes the sign-in records whose period in {@link SignInRecordRetention} has passed: sign-in
 * attempts, signed-in sessions, one-time links and finished mails of the outbox, in that order.
 * Like {@link MailLogPurge}, each part reads the ids of its oldest due rows through an index and
 * then deletes exactly those rows by primary key; a batch fills up from the next part when one
 * has fewer due rows than the batch holds, so a batch that removes nothing means all four are
 * done. The conditions are those of the domain rule, which a test checks row by row.
 */
@ApplicationScoped
public class SignInRecordPurge implements RetentionTask {

    /** One kind of record: its table, the query for the ids of its oldest due rows, its cutoff. */
    private record Part(String table, String dueIdsOldestFirst, UnaryOperator<Instant> cutoff) {}

    private static final List<Part> PARTS = List.of(
            new Part(
                    "sign_in_attempt",
                    "SELECT id FROM sign_in_attempt WHERE attempted_at < ?1 ORDER BY attempted_at, id",
                    SignInRecordRetention::attemptCutoff),
            new Part(
                    "sign_in_session",
                    "SELECT id FROM sign_in_session WHERE last_seen_at < ?1 AND (ended_at IS NULL OR ended_at < ?1)"
                            + " ORDER BY last_seen_at, id",
                    SignInRecordRetention::sessionCutoff),
            // A link stops working when it expires or is used, whichever comes first.
            new Part(
                    "account_token",
                    "SELECT id FROM account_token WHERE expires_at < ?1 OR used_at < ?1 ORDER BY expires_at, id",
                    SignInRecordRetention::linkCutoff),
            new Part(
                    "mail_outbox",
                    "SELECT id FROM mail_outbox WHERE sent_at < ?1 ORDER BY sent_at, id",
                    SignInRecordRetention::mailCutoff),
            // Given up: unsent after the last attempt; next_attempt_at holds when (OutgoingMail.finishedAt).
            new Part(
                    "mail_outbox",
                    "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts >= " + OutgoingMail.MAX_ATTEMPTS
                            + " AND next_attempt_at < ?1 ORDER BY next_attempt_at, id",
                    SignInRecordRetention::mailCutoff));

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public RetentionRule rule() {
        return RetentionRule.SIGN_IN_RECORDS;
    }

    /** Four periods, so no single moment: each part has its own cutoff (see {@link SignInRecordRetention}). */
    @Override
    public Instant cutoff(Instant now) {
        return null;
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        int removed = 0;
        for (Part part : PARTS) {
            if (removed >= limit) {
                break;
            }
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery(part.dueIdsOldestFirst())
                    .setParameter(1, part.cutoff().apply(now))
                    .setMaxResults(limit - removed)
                    .getResultList();
            removed += DeleteByIds.delete(em, part.table(), ids);
        }
        return removed;
    }
}
