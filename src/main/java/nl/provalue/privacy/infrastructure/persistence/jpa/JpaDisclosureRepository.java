package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.RequestStatus;

@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public DisclosureRequest add(DisclosureRequest request) {
        if (request.registerNumber() == null) {
            request.assignRegisterNumber(DisclosureRequest.PROVISIONAL
                    + java.util.UUID.randomUUID().toString().substring(0, 12));
            em.persist(request);
            em.flush();
            request.assignRegisterNumber(
                    String.format("REG-%d-%05d", request.receivedOn().getYear(), request.id()));
        } else {
            em.persist(request);
        }
        return request;
    }

    @Override
    public List<DisclosureRequest> ofType(nl.provalue.privacy.domain.disclosure.RequestType type, int max) {
        return em.createQuery(
                        "select d from DisclosureRequest d where d.type = :type order by d.receivedOn desc, d.id desc",
                        DisclosureRequest.class)
                .setParameter("type", type)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOpen() {
        return em.createNamedQuery("DisclosureRequest.countOpen", Long.class)
                .setParameter("closed", List.of(RequestStatus.CLOSED, RequestStatus.REFUSED))
                .getSingleResult();
    }

    @Override
    public List<DisclosureRequest> about(long customerId) {
        return em.createNamedQuery("DisclosureRequest.about", DisclosureRequest.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public java.util.Optional<DisclosureRequest> find(long id) {
        return java.util.Optional.ofNullable(em.find(DisclosureRequest.class, id));
    }

    @Override
    public List<DisclosureRequest> search(
            String text, RequestStatus status, nl.provalue.privacy.domain.disclosure.RequestType type) {
        StringBuilder jpql = new StringBuilder("select d from DisclosureRequest d where 1 = 1");
        if (text != null) {
            jpql.append(" and (lower(d.registerNumber) like :t or lower(d.authorityName) like :t"
                    + " or lower(d.authorityReference) like :t or lower(d.scopeDescription) like :t)");
        }
        if (status != null) jpql.append(" and d.status = :status");
        if (type != null) jpql.append(" and d.type = :type");
        jpql.append(" order by d.receivedOn desc, d.id desc");
        var q = em.createQuery(jpql.toString(), DisclosureRequest.class).setMaxResults(1000);
        if (text != null) q.setParameter("t", "%" + text.replace("%", "") + "%");
        if (status != null) q.setParameter("status", status);
        if (type != null) q.setParameter("type", type);
        return q.getResultList();
    }

    @Override
    public List<DisclosureRequest> receivedBetween(LocalDate from, LocalDate until) {
        return em.createQuery(
                        "select d from DisclosureRequest d where d.receivedOn >= :from and d.receivedOn < :until",
                        DisclosureRequest.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<nl.provalue.privacy.domain.disclosure.PublishedReport> publishedReports() {
        return em.createQuery(
                        "select r from PublishedReport r order by r.period desc",
                        nl.provalue.privacy.domain.disclosure.PublishedReport.class)
                .getResultList();
    }

    @Override
    public java.util.Optional<nl.provalue.privacy.domain.disclosure.PublishedReport> publishedReport(
            nl.provalue.privacy.domain.disclosure.HalfYear period) {
        return em.createQuery(
                        "select r from PublishedReport r where r.period = :p",
                        nl.provalue.privacy.domain.disclosure.PublishedReport.class)
                .setParameter("p", period.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public void publish(nl.provalue.privacy.domain.disclosure.PublishedReport report) {
        em.persist(report);
    }
}
