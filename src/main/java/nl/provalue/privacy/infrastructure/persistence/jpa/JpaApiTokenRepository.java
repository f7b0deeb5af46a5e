package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.apitoken.ApiToken;
import nl.provalue.privacy.domain.apitoken.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    /** How stale the noted last use may be before a call writes it again. */
    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean nameTaken(String name) {
        return em.createNamedQuery("ApiToken.countByName", Long.class)
                        .setParameter("name", name)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<ApiToken> all() {
        return em.createNamedQuery("ApiToken.all", ApiToken.class).getResultList();
    }

    @Override
    public void markUsed(long id, Instant at, String from) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :at, t.lastUsedFrom = :from"
                        + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :stale)")
                .setParameter("at", at)
                .setParameter("from", from)
                .setParameter("id", id)
                .setParameter("stale", at.minus(USE_PRECISION))
                .executeUpdate();
    }
}
