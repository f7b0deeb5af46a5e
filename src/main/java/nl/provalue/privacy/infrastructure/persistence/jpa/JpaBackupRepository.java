package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.provalue.privacy.domain.backup.Backup;
import nl.provalue.privacy.domain.backup.BackupRepository;

@ApplicationScoped
public class JpaBackupRepository implements BackupRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Backup add(Backup backup) {
        em.persist(backup);
        return backup;
    }

    @Override
    public List<Backup> ofCustomer(long customerId) {
        return em.createNamedQuery("Backup.byCustomer", Backup.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public long countLiveOfCustomer(long customerId) {
        return em.createNamedQuery("Backup.countLiveByCustomer", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public List<Backup> recent(int first, int limit) {
        return em.createQuery("select b from Backup b join fetch b.customer order by b.id desc", Backup.class)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public java.util.Optional<Backup> find(long id) {
        return em.createQuery("select b from Backup b join fetch b.customer where b.id = :id", Backup.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(b) from Backup b", Long.class).getSingleResult();
    }
}
