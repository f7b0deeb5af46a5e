package nl.provalue.privacy.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.domain.notification.OutgoingMailRepository;

/**
 * The outbox in table {@code mail_outbox}. Both queries take {@link OutgoingMail#MAX_ATTEMPTS}
 * from the entity, so "due" is decided by the same numbers here and in {@link OutgoingMail#isDue}.
 */
@ApplicationScoped
public class JpaOutgoingMailRepository implements OutgoingMailRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public JpaOutgoingMailRepository() {}

    /** For tests that run without a container. */
    public JpaOutgoingMailRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public OutgoingMail add(OutgoingMail mail) {
        em.persist(mail);
        return mail;
    }

    @Override
    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Long> dueIds(Instant now, int limit) {
        return em.createNamedQuery("OutgoingMail.dueIds", Long.class)
                .setParameter("maxAttempts", OutgoingMail.MAX_ATTEMPTS)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long id, String holder, Instant now, Instant until) {
        // The database decides: of several servers running this at once, one changes the row.
        return em.createNamedQuery("OutgoingMail.claim")
                        .setParameter("holder", holder)
                        .setParameter("until", until)
                        .setParameter("id", id)
                        .setParameter("maxAttempts", OutgoingMail.MAX_ATTEMPTS)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }
}
