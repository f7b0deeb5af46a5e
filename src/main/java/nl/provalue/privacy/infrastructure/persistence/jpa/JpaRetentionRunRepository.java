package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;
import nl.provalue.privacy.domain.retention.RetentionRunRepository;

@ApplicationScoped
public class JpaRetentionRunRepository implements RetentionRunRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RetentionRun add(RetentionRun run) {
        em.persist(run);
        return run;
    }

    @Override
    public Optional<RetentionRun> find(long id) {
        return Optional.ofNullable(em.find(RetentionRun.class, id));
    }

    @Override
    public List<RetentionRun> recent(int limit) {
        return em.createNamedQuery("RetentionRun.recent", RetentionRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RetentionRun> recentOf(RetentionRule rule, int limit) {
        return em.createNamedQuery("RetentionRun.recentOfRule", RetentionRun.class)
                .setParameter("rule", rule)
                .setMaxResults(limit)
                .getResultList();
    }
}
