package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.RegisterChainRepository;
import nl.provalue.privacy.domain.disclosure.RegisterEvent;
import nl.provalue.privacy.domain.disclosure.RegisterHead;

@ApplicationScoped
public class JpaRegisterChainRepository implements RegisterChainRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RegisterHead lockHead() {
        return em.find(RegisterHead.class, RegisterHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public RegisterHead head() {
        RegisterHead head = em.find(RegisterHead.class, RegisterHead.ID);
        em.refresh(head);
        return head;
    }

    @Override
    public void append(RegisterEvent event) {
        em.persist(event);
    }

    @Override
    public List<RegisterEvent> events() {
        return em.createQuery("select e from RegisterEvent e order by e.seq", RegisterEvent.class)
                .getResultList();
    }

    @Override
    public List<RegisterEvent> eventsOf(long requestId) {
        return em.createQuery(
                        "select e from RegisterEvent e where e.requestId = :id order by e.seq", RegisterEvent.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    @Override
    public List<DisclosureRequest> allRequests() {
        return em.createQuery("select d from DisclosureRequest d order by d.id", DisclosureRequest.class)
                .getResultList();
    }
}
