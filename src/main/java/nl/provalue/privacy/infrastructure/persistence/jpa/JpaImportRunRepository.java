package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.ImportStatus;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

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
                .setFirstResult(first).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("ImportRun.count", Long.class).getSingleResult();
    }

    @Override
    public List<ImportRun> withStatus(Collection<ImportStatus> statuses) {
        return em.createNamedQuery("ImportRun.withStatus", ImportRun.class)
                .setParameter("statuses", statuses).getResultList();
    }
}
