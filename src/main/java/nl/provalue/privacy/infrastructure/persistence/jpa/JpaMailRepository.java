package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.Mailbox;

@ApplicationScoped
public class JpaMailRepository implements MailRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Mailbox> findMailbox(long id) {
        return Optional.ofNullable(em.find(Mailbox.class, id));
    }

    @Override
    public List<Mailbox> mailboxesOf(long customerId) {
        return em.createNamedQuery("Mailbox.byCustomer", Mailbox.class)
                .setParameter("customerId", customerId).getResultList();
    }

    @Override
    public long countMailboxesOf(long customerId) {
        return em.createNamedQuery("Mailbox.countByCustomer", Long.class)
                .setParameter("customerId", customerId).getSingleResult();
    }

    @Override
    public Mailbox add(Mailbox mailbox) {
        em.persist(mailbox);
        return mailbox;
    }

    @Override
    public void addLogEntry(MailLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public long countLogEntriesOf(long customerId) {
        return em.createNamedQuery("MailLogEntry.countByCustomer", Long.class)
                .setParameter("customerId", customerId).getSingleResult();
    }

    @Override
    public Optional<Instant> oldestLogEntryOf(long customerId) {
        return Optional.ofNullable(em.createNamedQuery("MailLogEntry.oldestForCustomer", Instant.class)
                .setParameter("customerId", customerId).getSingleResult());
    }

    @Override
    public List<MailLogEntry> logPage(long customerId, Instant afterTime, Long afterId, int limit) {
        String cursor = afterTime == null ? "" : " and (m.sentAt > :t or (m.sentAt = :t and m.id > :id))";
        var query = em.createQuery("select m from MailLogEntry m where m.customer.id = :customerId" + cursor
                        + " order by m.sentAt, m.id", MailLogEntry.class)
                .setParameter("customerId", customerId)
                .setMaxResults(limit);
        if (afterTime != null) {
            query.setParameter("t", afterTime).setParameter("id", afterId);
        }
        return query.getResultList();
    }
}
