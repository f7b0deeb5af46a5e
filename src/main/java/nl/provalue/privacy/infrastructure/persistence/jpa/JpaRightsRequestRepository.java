package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.rights.RightsRequest;
import nl.provalue.privacy.domain.rights.RightsRequestRepository;
import nl.provalue.privacy.domain.rights.RightsRequestStatus;

@ApplicationScoped
public class JpaRightsRequestRepository implements RightsRequestRepository {

    private static final List<RightsRequestStatus> OPEN = List.of(
            RightsRequestStatus.RECEIVED, RightsRequestStatus.IDENTITY_CHECKED, RightsRequestStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RightsRequest add(RightsRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public Optional<RightsRequest> find(long id) {
        return Optional.ofNullable(em.find(RightsRequest.class, id));
    }

    @Override
    public List<RightsRequest> ofCustomer(long customerId) {
        return em.createQuery(
                        "select r from RightsRequest r where r.customer.id = :c order by r.receivedOn desc, r.id desc",
                        RightsRequest.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    @Override
    public List<RightsRequest> queue(boolean openOnly, int first, int limit) {
        String jpql = openOnly
                ? "select r from RightsRequest r join fetch r.customer where r.status in :open order by r.deadline, r.id"
                : "select r from RightsRequest r join fetch r.customer order by r.receivedOn desc, r.id desc";
        var q = em.createQuery(jpql, RightsRequest.class).setFirstResult(first).setMaxResults(limit);
        if (openOnly) {
            q.setParameter("open", OPEN);
        }
        return q.getResultList();
    }

    @Override
    public long count(boolean openOnly) {
        var q = em.createQuery(
                "select count(r) from RightsRequest r" + (openOnly ? " where r.status in :open" : ""), Long.class);
        if (openOnly) {
            q.setParameter("open", OPEN);
        }
        return q.getSingleResult();
    }

    @Override
    public long countOverdue(java.time.LocalDate today) {
        return em.createQuery(
                        "select count(r) from RightsRequest r where r.status in :open and r.deadline < :today",
                        Long.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .getSingleResult();
    }
}
