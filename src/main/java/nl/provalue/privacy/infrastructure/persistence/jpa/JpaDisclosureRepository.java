package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.RequestStatus;

@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public DisclosureRequest add(DisclosureRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public long countOpen() {
        return em.createNamedQuery("DisclosureRequest.countOpen", Long.class)
                .setParameter("closed", List.of(RequestStatus.CLOSED, RequestStatus.REFUSED))
                .getSingleResult();
    }

    @Override
    public long countVisibleTo(long customerId, LocalDate today) {
        return em.createNamedQuery("DisclosureRequest.countVisibleToCustomer", Long.class)
                .setParameter("customerId", customerId).setParameter("today", today)
                .getSingleResult();
    }

    @Override
    public List<DisclosureRequest> visibleTo(long customerId, LocalDate today) {
        return em.createNamedQuery("DisclosureRequest.visibleToCustomer", DisclosureRequest.class)
                .setParameter("customerId", customerId).setParameter("today", today)
                .getResultList();
    }
}
