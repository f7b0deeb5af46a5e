package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.infrastructure.persistence.DeleteByIds;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;
import org.hibernate.Session;

/**
 * The mail log in MariaDB (and the demo's H2), on the connection of the caller's transaction:
 * deliveries stored already are found by their queue ids (index {@code uk_mail_log_delivery}) and left
 * out, the rest go in with {@code INSERT IGNORE} in statements of {@value #ROWS_PER_INSERT} rows, so
 * that a delivery another import stores at the same moment is not an error.
 */
@ApplicationScoped
public class JpaMailLogStore implements MailLogStore {

    static final int ROWS_PER_INSERT = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public JpaMailLogStore() {}

    /** For tests that run without a container. */
    public JpaMailLogStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Stored append(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return new Stored(0, 0);
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<Key, Delivery> fresh = new LinkedHashMap<>();
            deliveries.forEach(d -> fresh.putIfAbsent(d.key(), d));
            removeStored(c, fresh);
            long entries = 0, bytes = 0;
            List<Delivery> all = new ArrayList<>(fresh.values());
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<Delivery> part = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                int stored = insert(c, part);
                entries += stored;
                if (stored == part.size()) {
                    bytes += part.stream().mapToLong(Delivery::sizeBytes).sum();
                }
            }
            return new Stored(entries, bytes);
        });
    }

    private static int insert(Connection c, List<Delivery> part) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO mail_log_entry"
                + " (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status) VALUES ");
        for (int i = 0; i < part.size(); i++) {
            sql.append(i == 0 ? "(?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int n = 1;
            for (Delivery d : part) {
                insert.setObject(n++, d.customerId(), Types.BIGINT);
                insert.setString(n++, d.queueId());
                insert.setString(n++, d.sender());
                insert.setString(n++, d.recipient());
                insert.setLong(n++, d.sizeBytes());
                insert.setObject(n++, SqlTime.wallClock(d.sentAt()));
                insert.setString(n++, d.status());
            }
            return insert.executeUpdate();
        }
    }

    /** Drops the deliveries that are stored already. */
    private static void removeStored(Connection c, Map<Key, Delivery> deliveries) throws SQLException {
        Set<String> queueIds = new HashSet<>();
        deliveries.keySet().forEach(k -> queueIds.add(k.queueId()));
        List<String> ids = new ArrayList<>(queueIds);
        for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement p = c.prepareStatement("SELECT queue_id, recipient, sent_at FROM mail_log_entry"
                    + " WHERE queue_id IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    p.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        deliveries.remove(new Key(rs.getString(1), rs.getString(2), SqlTime.read(rs, 3)));
                    }
                }
            }
        }
    }

    @Override
    public Map<String, Long> mailboxOwners(Collection<String> addresses) {
        return owners("SELECT address, customer_id FROM mailbox WHERE address IN ", addresses);
    }

    @Override
    public Map<String, Long> domainOwners(Collection<String> domains) {
        return owners("SELECT name, customer_id FROM domain_name WHERE name IN ", domains);
    }

    private Map<String, Long> owners(String sql, Collection<String> keys) {
        Map<String, Long> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        List<String> list = new ArrayList<>(keys);
        em.unwrap(Session.class).doWork(c -> {
            for (int from = 0; from < list.size(); from += ROWS_PER_INSERT) {
                ownersOfPart(c, sql, list.subList(from, Math.min(list.size(), from + ROWS_PER_INSERT)), owners);
            }
        });
        return owners;
    }

    private static void ownersOfPart(Connection c, String sql, List<String> part, Map<String, Long> owners)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql + "(" + "?,".repeat(part.size() - 1) + "?)")) {
            for (int i = 0; i < part.size(); i++) {
                p.setString(i + 1, part.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    /**
     * Reads the ids of the oldest due entries through the (sent_at, id) index and then deletes
     * exactly those rows by primary key, so a batch locks only the rows it removes; a second server
     * deleting the same rows at the same time finds them gone and removes nothing twice.
     */
    @Override
    public int removeSentBefore(Instant cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM mail_log_entry WHERE sent_at < ?1 ORDER BY sent_at, id")
                .setParameter(1, cutoff)
                .setMaxResults(limit)
                .getResultList();
        return DeleteByIds.delete(em, "mail_log_entry", ids);
    }
}
