package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    public List<AuditEvent> latestOfCustomer(long customerId, int max) {
        return em.createNamedQuery("AuditEvent.byCustomer", AuditEvent.class)
                .setParameter("customerId", customerId).setMaxResults(max).getResultList();
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
                .setMaxResults(max).getResultList();
    }
}
