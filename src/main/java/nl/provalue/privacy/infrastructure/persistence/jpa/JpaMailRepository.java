package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailLogQuery;
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
    public Optional<Instant> oldestLogEntryOf(long customerId) {
        return Optional.ofNullable(em.createNamedQuery("MailLogEntry.oldestForCustomer", Instant.class)
                .setParameter("customerId", customerId).getSingleResult());
    }

    @Override
    public Optional<Mailbox> mailboxOf(long customerId, long mailboxId) {
        return em.createQuery("select m from Mailbox m where m.id = :id and m.customer.id = :customerId", Mailbox.class)
                .setParameter("id", mailboxId).setParameter("customerId", customerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<MailLogEntry> logPage(long customerId, MailLogQuery q) {
        // Reading backwards (the page before the cursor) is reading in the opposite order. The
        // index on (customer, time, id), or on (customer, status, time, id) under a status filter,
        // is read from the cursor on: a page reads its own rows, however deep it lies.
        boolean descending = q.newestFirst() != q.backwards();
        StringBuilder sql = new StringBuilder("select * from mail_log_entry m");
        if (IndexHints.supported(em)) {
            sql.append(q.status() == null ? " force index (ix_mail_log_customer_time)" : " force index (ix_mail_log_customer_status)");
        }
        sql.append(nativeWhere(q));
        if (q.afterTime() != null) {
            String cmp = descending ? "<" : ">";
            // The plain bound on sent_at starts the index range at the cursor; the OR settles ties.
            sql.append(" and m.sent_at ").append(cmp).append("= :t and (m.sent_at ").append(cmp)
                    .append(" :t or (m.sent_at = :t and m.id ").append(cmp).append(" :id))");
        }
        String dir = descending ? " desc" : " asc";
        sql.append(" order by m.sent_at").append(dir).append(", m.id").append(dir);
        // Read-only: the rows are only shown or exported, so Hibernate keeps no copy to check for changes.
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString(), MailLogEntry.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(q.pageSize() + 1);
        bindNative(query, customerId, q);
        if (q.afterTime() != null) {
            query.setParameter("t", q.afterTime()).setParameter("id", q.afterId());
        }
        @SuppressWarnings("unchecked")
        List<MailLogEntry> rows = query.getResultList();
        if (q.backwards()) {
            rows = new java.util.ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public long countLogUpTo(long customerId, MailLogQuery q, long cap) {
        // A count that stops at the cap: "more than 10,000" costs what 10,000 costs, not a million.
        jakarta.persistence.Query query = em.createNativeQuery("select count(*) from (select 1 from mail_log_entry m"
                + nativeWhere(q) + " limit " + Math.max(1, cap) + ") x");
        bindNative(query, customerId, q);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String nativeWhere(MailLogQuery q) {
        StringBuilder w = new StringBuilder(" where m.customer_id = :customerId");
        if (q.mailbox() != null) w.append(" and (m.sender = :mailbox or m.recipient = :mailbox)");
        if (q.address() != null) w.append(" and (lower(m.sender) like :address escape '!' or lower(m.recipient) like :address escape '!')");
        if (q.status() != null) w.append(" and m.status = :status");
        if (q.from() != null) w.append(" and m.sent_at >= :from");
        if (q.until() != null) w.append(" and m.sent_at < :until");
        return w.toString();
    }

    private static void bindNative(jakarta.persistence.Query query, long customerId, MailLogQuery q) {
        query.setParameter("customerId", customerId);
        if (q.mailbox() != null) query.setParameter("mailbox", q.mailbox());
        if (q.address() != null) query.setParameter("address", likeContains(q.address()));
        if (q.status() != null) query.setParameter("status", q.status());
        if (q.from() != null) query.setParameter("from", q.from());
        if (q.until() != null) query.setParameter("until", q.until());
    }

    @Override
    public List<String> statusesOf(long customerId) {
        // One index look-up per status, skipping from each to the next on (customer, status, ...),
        // instead of reading every line: a customer's log holds a handful of statuses.
        List<String> statuses = new java.util.ArrayList<>();
        String last = null;
        while (statuses.size() < 100) {
            var query = em.createQuery("select min(m.status) from MailLogEntry m where m.customer.id = :customerId"
                    + (last == null ? "" : " and m.status > :last"), String.class)
                    .setParameter("customerId", customerId);
            if (last != null) {
                query.setParameter("last", last);
            }
            String next = query.getSingleResult();
            if (next == null) {
                break;
            }
            statuses.add(next);
            last = next;
        }
        return statuses;
    }

    private static String likeContains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
