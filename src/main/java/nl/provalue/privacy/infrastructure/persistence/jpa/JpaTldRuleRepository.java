package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.provalue.privacy.domain.registration.TldPolicy;
import nl.provalue.privacy.domain.registration.TldPublicationRule;
import nl.provalue.privacy.domain.registration.TldRuleRepository;

@ApplicationScoped
public class JpaTldRuleRepository implements TldRuleRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<TldPublicationRule> rulesFor(String tld) {
        return em.createNamedQuery("TldPublicationRule.byTld", TldPublicationRule.class)
                .setParameter("tld", tld.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    @Override
    public List<TldPublicationRule> all() {
        return em.createNamedQuery("TldPublicationRule.all", TldPublicationRule.class)
                .getResultList();
    }

    @Override
    public Optional<TldPublicationRule> find(long id) {
        return Optional.ofNullable(em.find(TldPublicationRule.class, id));
    }

    @Override
    public Optional<TldPolicy> policy(String tld) {
        return Optional.ofNullable(em.find(TldPolicy.class, tld.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<TldPolicy> policies() {
        return em.createQuery("select p from TldPolicy p order by p.tld", TldPolicy.class)
                .getResultList();
    }
}
