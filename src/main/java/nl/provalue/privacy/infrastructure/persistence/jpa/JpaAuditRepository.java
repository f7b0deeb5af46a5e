package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public long countStaffViewsOf(long customerId) {
        return em.createNamedQuery("AuditEvent.countStaffViewsOf", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("action", AuditAction.STAFF_VIEWED_CUSTOMER_DATA)
                .getSingleResult();
    }

    @Override
    public List<AuditEvent> staffViewsOf(long customerId, int max) {
        return em.createNamedQuery("AuditEvent.staffViewsOf", AuditEvent.class)
                .setParameter("customerId", customerId)
                .setParameter("action", AuditAction.STAFF_VIEWED_CUSTOMER_DATA)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<OpeningSummary> openingsOf(long customerId, int first, int max) {
        return summaries(em.createNamedQuery("AuditEvent.openingsOf", Object[].class)
                .setParameter("customerId", customerId)
                .setParameter("action", AuditAction.STAFF_VIEWED_CUSTOMER_DATA)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList());
    }

    @Override
    public List<OpeningSummary> openingsBefore(long customerId, java.time.Instant beforeTime, Long beforeId, int max) {
        if (beforeTime == null) {
            return openingsOf(customerId, 0, max);
        }
        return summaries(em.createNamedQuery("AuditEvent.openingsBefore", Object[].class)
                .setParameter("customerId", customerId)
                .setParameter("action", AuditAction.STAFF_VIEWED_CUSTOMER_DATA)
                .setParameter("beforeTime", beforeTime)
                .setParameter("beforeId", beforeId)
                .setMaxResults(max)
                .getResultList());
    }

    /** The first view of each group, read in one query. */
    private List<OpeningSummary> summaries(List<Object[]> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, AuditEvent> firsts = new java.util.HashMap<>();
        // Only shown or exported: read-only, and let go at once, so that a long read (the export,
        // in one transaction) does not gather every opening in the persistence context.
        em.createQuery("select a from AuditEvent a where a.id in :ids", AuditEvent.class)
                .setParameter("ids", groups.stream().map(g -> (Long) g[2]).toList())
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .forEach(a -> firsts.put(a.id(), a));
        firsts.values().forEach(em::detach);
        return groups.stream()
                .map(g -> new OpeningSummary(firsts.get((Long) g[2]), (java.time.Instant) g[3], (Long) g[4]))
                .toList();
    }

    @Override
    public long countOpeningsOf(long customerId) {
        return em.createNamedQuery("AuditEvent.countOpeningsOf", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("action", AuditAction.STAFF_VIEWED_CUSTOMER_DATA)
                .getSingleResult();
    }
}
