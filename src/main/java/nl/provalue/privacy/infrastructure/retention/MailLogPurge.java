package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;

/**
 * P4: deletes mail-log entries older than 28 days, oldest first. Each batch first reads the ids of
 * the oldest due entries through the (sent_at, id) index and then deletes exactly those rows by
 * primary key, so a batch locks only the rows it removes; a second server deleting the same rows
 * at the same time finds them gone and removes nothing twice.
 */
@ApplicationScoped
public class MailLogPurge implements RetentionTask {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public RetentionRule rule() {
        return RetentionRule.MAIL_LOG;
    }

    @Override
    public Instant cutoff(Instant now) {
        return MailLogRetention.cutoff(now);
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM mail_log_entry WHERE sent_at < ?1 ORDER BY sent_at, id")
                .setParameter(1, SqlTime.of(cutoff(now)))
                .setMaxResults(limit)
                .getResultList();
        return DeleteByIds.delete(em, "mail_log_entry", ids);
    }
}
