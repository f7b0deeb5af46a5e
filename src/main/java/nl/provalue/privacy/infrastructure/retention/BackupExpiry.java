package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * P7: destroys backups whose expiry has come (at most six months after they were taken, which the
 * domain and a check constraint guarantee) and records when and by which server. Read through the
 * (destroyed_at, expires_at) index, oldest expiry first.
 */
@ApplicationScoped
public class BackupExpiry implements RetentionTask {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public RetentionRule rule() {
        return RetentionRule.BACKUP_EXPIRY;
    }

    @Override
    public Instant cutoff(Instant now) {
        return now;
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM backup WHERE destroyed_at IS NULL AND expires_at <= ?1"
                        + " ORDER BY expires_at, id")
                .setParameter(1, now)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        String list = ids.stream().map(n -> Long.toString(n.longValue())).collect(Collectors.joining(","));
        return em.createNativeQuery("UPDATE backup SET destroyed_at = ?1, destroyed_by = ?2 WHERE destroyed_at IS NULL"
                        + " AND id IN (" + list + ")")
                .setParameter(1, now)
                .setParameter(2, "retention " + NodeIdentity.id())
                .executeUpdate();
    }
}
