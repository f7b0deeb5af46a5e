package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;

@ApplicationScoped
public class JpaDomainRepository implements DomainRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<DomainName> findByName(String name) {
        return em.createQuery("select d from DomainName d where d.name = :name", DomainName.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DomainName> ofCustomer(long customerId) {
        return em.createNamedQuery("DomainName.byCustomer", DomainName.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public long countOfCustomer(long customerId) {
        return em.createNamedQuery("DomainName.countByCustomer", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public DomainName add(DomainName domain) {
        em.persist(domain);
        return domain;
    }

    @Override
    public java.util.Set<String> existing(java.util.Collection<String> names) {
        return names.isEmpty()
                ? java.util.Set.of()
                : new java.util.HashSet<>(
                        em.createQuery("select d.name from DomainName d where d.name in :names", String.class)
                                .setParameter("names", names)
                                .getResultList());
    }

    @Override
    public void removeContact(DomainName domain, nl.provalue.privacy.domain.registration.ContactRole role) {
        domain.contact(role)
                .ifPresent(c -> em.createNativeQuery("delete from whois_consent_change where domain_contact_id = ?1")
                        .setParameter(1, c.id())
                        .executeUpdate());
        domain.removeContact(role);
    }

    @Override
    public void remove(DomainName domain) {
        em.createNativeQuery("delete from whois_consent_change where domain_contact_id in"
                        + " (select id from domain_contact where domain_id = ?1)")
                .setParameter(1, domain.id())
                .executeUpdate();
        em.remove(domain);
    }

    @Override
    public void addConsentChange(nl.provalue.privacy.domain.registration.WhoisConsentChange change) {
        em.persist(change);
    }
}
