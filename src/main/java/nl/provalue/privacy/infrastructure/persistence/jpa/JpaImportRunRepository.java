package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public ImportRun add(ImportRun run) {
        em.persist(run);
        return run;
    }

    @Override
    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public Optional<ImportRun> findFresh(long id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run != null) {
            em.refresh(run);
        }
        return Optional.ofNullable(run);
    }

    @Override
    public List<ImportRun> recent(int first, int limit) {
        return em.createNamedQuery("ImportRun.recent", ImportRun.class)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("ImportRun.count", Long.class).getSingleResult();
    }

    @Override
    public boolean requeue(long id) {
        return em.createQuery("update ImportRun r set r.status = :queued, r.finishedAt = null"
                                + " where r.id = :id and r.status in :resumable and r.rawFileDeletedAt is null")
                        .setParameter("queued", ImportStatus.QUEUED)
                        .setParameter("id", id)
                        .setParameter("resumable", List.of(ImportStatus.FAILED, ImportStatus.INTERRUPTED))
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<ImportRun> rawFilesDue(java.time.Instant now, java.time.Instant failedCutoff, int limit) {
        return em.createNamedQuery("ImportRun.rawFilesDue", ImportRun.class)
                .setParameter("completed", ImportStatus.COMPLETED)
                .setParameter("now", now)
                .setParameter("failed", RawLogFileRetention.endedWithoutSuccess())
                .setParameter("failedCutoff", failedCutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean recordsFileNamed(String fileName) {
        return em.createQuery("select count(r) from ImportRun r where r.storedPath like :path", Long.class)
                        .setParameter("path", "%" + fileName)
                        .getSingleResult()
                > 0;
    }

    @Override
    public boolean markRawFileDeleted(
            long id, ImportStatus status, java.time.Instant finishedAt, java.time.Instant at) {
        return em.createQuery(
                                "update ImportRun r set r.rawFileDeletedAt = :at where r.id = :id"
                                        + " and r.rawFileDeletedAt is null and r.status = :status and r.finishedAt = :finishedAt")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .setParameter("status", status)
                        .setParameter("finishedAt", finishedAt)
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean claim(long id, String node, long jobExecutionId, java.time.Instant at) {
        return em.createQuery(
                                "update ImportRun r set r.status = :running, r.node = :node, r.jobExecutionId = :execution,"
                                        + " r.startedAt = coalesce(r.startedAt, :at), r.finishedAt = null, r.detail = null, r.heartbeatAt = :at"
                                        + " where r.id = :id and r.status = :queued")
                        .setParameter("running", ImportStatus.RUNNING)
                        .setParameter("node", node)
                        .setParameter("execution", jobExecutionId)
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .setParameter("queued", ImportStatus.QUEUED)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<ImportRun> withStatus(Collection<ImportStatus> statuses) {
        return em.createNamedQuery("ImportRun.withStatus", ImportRun.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public Optional<ImportRun> findLocked(long id) {
        ImportRun run = em.find(ImportRun.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (run != null) {
            em.refresh(run, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(run);
    }

    @Override
    public int heartbeat(String node, java.time.Instant at) {
        return em.createQuery("update ImportRun r set r.heartbeatAt = :at where r.status = :running and r.node = :node")
                .setParameter("at", at)
                .setParameter("running", ImportStatus.RUNNING)
                .setParameter("node", node)
                .executeUpdate();
    }

    @Override
    public boolean takeOver(long id, String node, java.time.Instant lastHeard, java.time.Instant at) {
        return em.createQuery("update ImportRun r set r.status = :interrupted, r.finishedAt = :at"
                                + " where r.id = :id and r.status = :running and r.node = :node"
                                + " and coalesce(r.heartbeatAt, r.startedAt, r.createdAt) = :lastHeard")
                        .setParameter("interrupted", ImportStatus.INTERRUPTED)
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .setParameter("running", ImportStatus.RUNNING)
                        .setParameter("node", node)
                        .setParameter("lastHeard", lastHeard)
                        .executeUpdate()
                == 1;
    }
}
