package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.mail.StoredMailLine;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.LogPosition;

@ApplicationScoped
public class JpaMailRepository implements MailRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Mailbox> mailboxesOf(long customerId) {
        return em.createNamedQuery("Mailbox.byCustomer", Mailbox.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public long countMailboxesOf(long customerId) {
        return em.createNamedQuery("Mailbox.countByCustomer", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public Mailbox add(Mailbox mailbox) {
        em.persist(mailbox);
        return mailbox;
    }

    @Override
    public Optional<Mailbox> mailboxByAddress(String address) {
        return em.createQuery("select m from Mailbox m where m.address = :address", Mailbox.class)
                .setParameter("address", address)
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.Set<String> existingMailboxes(java.util.Collection<String> addresses) {
        return addresses.isEmpty()
                ? java.util.Set.of()
                : new java.util.HashSet<>(
                        em.createQuery("select m.address from Mailbox m where m.address in :addresses", String.class)
                                .setParameter("addresses", addresses)
                                .getResultList());
    }

    @Override
    public void remove(Mailbox mailbox) {
        em.remove(mailbox);
    }

    @Override
    public Optional<Instant> oldestLogEntryOf(long customerId) {
        return Optional.ofNullable(em.createNamedQuery("MailLogEntry.oldestForCustomer", Instant.class)
                .setParameter("customerId", customerId)
                .getSingleResult());
    }

    @Override
    public Optional<Mailbox> mailboxOf(long customerId, long mailboxId) {
        return em.createQuery("select m from Mailbox m where m.id = :id and m.customer.id = :customerId", Mailbox.class)
                .setParameter("id", mailboxId)
                .setParameter("customerId", customerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Scan logPage(long customerId, MailLogQuery q) {
        // Reading backwards (the page before the cursor) is reading in the opposite order. The
        // index on (customer, time, id), or on (customer, status, time, id) under a status filter,
        // is read from the cursor on: a page reads its own rows, however deep it lies.
        boolean descending = q.newestFirst() != q.backwards();
        List<MailLogEntry> rows;
        LogPosition lookedTo = null;
        if (!q.filtered()) {
            rows = read(customerId, q, descending, q.cursor(), null, q.pageSize() + 1);
        } else {
            // A mailbox or part of an address cannot follow the index: a short look first, then
            // the rest of the window, each up to a line found on the index alone.
            rows = new java.util.ArrayList<>();
            LogPosition from = q.cursor();
            for (int size : new int[] {KeysetScan.FIRST_LOOK, KeysetScan.WINDOW - KeysetScan.FIRST_LOOK}) {
                LogPosition end = windowEnd(customerId, q, descending, from, size);
                rows.addAll(read(customerId, q, descending, from, end, q.pageSize() + 1 - rows.size()));
                lookedTo = end;
                if (rows.size() > q.pageSize() || end == null) {
                    break;
                }
                from = end;
            }
        }
        if (q.backwards()) {
            rows = new java.util.ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        return new Scan(rows, lookedTo);
    }

    @Override
    public void eachLogLine(long customerId, Consumer<StoredMailLine> each) {
        String hint = IndexHints.supported(em) ? " force index (ix_mail_log_customer_time)" : "";
        StreamingRead.each(
                em,
                "select id, sent_at, sender, recipient, size_bytes, status from mail_log_entry" + hint
                        + " where customer_id = ? order by sent_at, id",
                customerId,
                r -> each.accept(new StoredMailLine(
                        r.getLong(1),
                        StreamingRead.instant(r, 2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getString(6))));
    }

    /** Up to {@code limit} lines in reading order after the cursor and, given a bound, up to and including it. */
    private List<MailLogEntry> read(
            long customerId, MailLogQuery q, boolean descending, LogPosition cursor, LogPosition bound, int limit) {
        StringBuilder sql = new StringBuilder("select * from mail_log_entry m");
        hint(sql, q);
        sql.append(nativeWhere(q));
        if (cursor != null) {
            beyond(sql, descending ? "<" : ">", "t", "id", false);
        }
        if (bound != null) {
            beyond(sql, descending ? ">" : "<", "bt", "bid", true);
        }
        String dir = descending ? " desc" : " asc";
        sql.append(" order by m.sent_at").append(dir).append(", m.id").append(dir);
        // Read-only: the rows are only shown or exported, so Hibernate keeps no copy to check for changes.
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString(), MailLogEntry.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit);
        bindNative(query, customerId, q);
        if (cursor != null) {
            query.setParameter("t", cursor.at()).setParameter("id", cursor.id());
        }
        if (bound != null) {
            query.setParameter("bt", bound.at()).setParameter("bid", bound.id());
        }
        @SuppressWarnings("unchecked")
        List<MailLogEntry> rows = query.getResultList();
        return rows;
    }

    /**
     * The {@code size}th line after the cursor in reading order under the part of the filter the
     * index follows (customer, status, dates), found on the index alone; null when the log ends sooner.
     */
    private LogPosition windowEnd(long customerId, MailLogQuery q, boolean descending, LogPosition cursor, int size) {
        StringBuilder inner = new StringBuilder("select m.id from mail_log_entry m");
        hint(inner, q);
        inner.append(orderedWhere(q));
        if (cursor != null) {
            beyond(inner, descending ? "<" : ">", "t", "id", false);
        }
        String dir = descending ? " desc" : " asc";
        inner.append(" order by m.sent_at")
                .append(dir)
                .append(", m.id")
                .append(dir)
                .append(" limit 1 offset ")
                .append(size - 1);
        jakarta.persistence.Query query = em.createNativeQuery(
                        "select * from mail_log_entry where id = (" + inner + ")", MailLogEntry.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
        bindOrdered(query, customerId, q);
        if (cursor != null) {
            query.setParameter("t", cursor.at()).setParameter("id", cursor.id());
        }
        @SuppressWarnings("unchecked")
        List<MailLogEntry> last = query.getResultList();
        return last.isEmpty()
                ? null
                : new LogPosition(last.get(0).sentAt(), last.get(0).id());
    }

    @Override
    public boolean hasMoreLinesThan(long customerId, MailLogQuery q, int lines) {
        StringBuilder sql = new StringBuilder("select m.id from mail_log_entry m");
        hint(sql, q);
        sql.append(orderedWhere(q))
                .append(" order by m.sent_at desc, m.id desc limit 1 offset ")
                .append(lines);
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        bindOrdered(query, customerId, q);
        return !query.getResultList().isEmpty();
    }

    /** On MariaDB the index that orders the page is named (see {@link IndexHints}). */
    private void hint(StringBuilder sql, MailLogQuery q) {
        if (IndexHints.supported(em)) {
            sql.append(
                    q.status() == null
                            ? " force index (ix_mail_log_customer_time)"
                            : " force index (ix_mail_log_customer_status)");
        }
    }

    /**
     * Lines on one side ({@code cmp}) of the position in parameters {@code time} and {@code id},
     * the position itself included or not. The plain bound on sent_at lets the index range start
     * there; the OR settles lines of the same time by id.
     */
    private static void beyond(StringBuilder sql, String cmp, String time, String id, boolean inclusive) {
        sql.append(" and m.sent_at ")
                .append(cmp)
                .append("= :")
                .append(time)
                .append(" and (m.sent_at ")
                .append(cmp)
                .append(" :")
                .append(time)
                .append(" or (m.sent_at = :")
                .append(time)
                .append(" and m.id ")
                .append(cmp)
                .append(inclusive ? "= :" : " :")
                .append(id)
                .append("))");
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
        StringBuilder w = new StringBuilder(orderedWhere(q));
        if (q.mailbox() != null) w.append(" and (m.sender = :mailbox or m.recipient = :mailbox)");
        if (q.address() != null)
            w.append(" and (lower(m.sender) like :address escape '!' or lower(m.recipient) like :address escape '!')");
        return w.toString();
    }

    /** The part of the filter the indexes follow: the customer, the status, the dates. */
    private static String orderedWhere(MailLogQuery q) {
        StringBuilder w = new StringBuilder(" where m.customer_id = :customerId");
        if (q.status() != null) w.append(" and m.status = :status");
        if (q.from() != null) w.append(" and m.sent_at >= :from");
        if (q.until() != null) w.append(" and m.sent_at < :until");
        return w.toString();
    }

    private static void bindNative(jakarta.persistence.Query query, long customerId, MailLogQuery q) {
        bindOrdered(query, customerId, q);
        if (q.mailbox() != null) query.setParameter("mailbox", q.mailbox());
        if (q.address() != null) query.setParameter("address", likeContains(q.address()));
    }

    private static void bindOrdered(jakarta.persistence.Query query, long customerId, MailLogQuery q) {
        query.setParameter("customerId", customerId);
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
            var query = em.createQuery(
                            "select min(m.status) from MailLogEntry m where m.customer.id = :customerId"
                                    + (last == null ? "" : " and m.status > :last"),
                            String.class)
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
