package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.importing.ImportTally;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.postfix.MailDelivery;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;

/**
 * P4: stores a chunk of mail deliveries, each linked to the customer who owns the recipient or the
 * sender (a mailbox first, then the domain), skips deliveries already stored (same queue id,
 * recipient and time), and advances the import's checkpoint, all in the chunk's transaction.
 */
@Named
@Dependent
public class MailLogWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private final Map<String, Long> ownerCache = new HashMap<>();

    private record Key(String queueId, String recipient, Instant at) {}

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        long lines = 0, bytes = 0, ignored = 0, skipped = 0, unmatched = 0;
        Map<Key, MailDelivery> deliveries = new LinkedHashMap<>();
        long chunkDuplicates = 0;
        String remark = null;
        for (Object item : items) {
            ProcessedLine p = (ProcessedLine) item;
            lines++;
            bytes += p.line().bytes();
            if (remark == null && p.line().tooLong()) {
                remark = p.line().tooLongRemark();
            }
            if (p instanceof ProcessedLine.Entry<?> e) {
                MailDelivery d = (MailDelivery) e.entry();
                if (deliveries.putIfAbsent(new Key(d.queueId(), d.recipient(), d.at()), d) != null) {
                    chunkDuplicates++;
                }
            } else if (p instanceof ProcessedLine.Ignored) {
                ignored++;
            } else if (p instanceof ProcessedLine.Skipped) {
                skipped++;
            } else if (p instanceof ProcessedLine.Unmatched) {
                unmatched++;
            }
        }
        long imported = 0, bytesCounted = 0;
        try (Connection c = dataSource.getConnection()) {
            removeStored(c, deliveries);
            resolveOwners(c, deliveries.values());
            if (!deliveries.isEmpty()) {
                // INSERT IGNORE: a delivery another import stores at the same moment is not an error.
                List<MailDelivery> all = new ArrayList<>(deliveries.values());
                for (int from = 0; from < all.size(); from += 500) {
                    List<MailDelivery> part = all.subList(from, Math.min(all.size(), from + 500));
                    StringBuilder sql = new StringBuilder("INSERT IGNORE INTO mail_log_entry"
                            + " (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status) VALUES ");
                    for (int i = 0; i < part.size(); i++) {
                        sql.append(i == 0 ? "(?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?)");
                    }
                    try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
                        int n = 1;
                        for (MailDelivery d : part) {
                            Long owner = owner(d);
                            if (owner == null) {
                                insert.setNull(n++, Types.BIGINT);
                            } else {
                                insert.setLong(n++, owner);
                            }
                            insert.setString(n++, d.queueId());
                            insert.setString(n++, d.sender());
                            insert.setString(n++, d.recipient());
                            insert.setLong(n++, d.sizeBytes());
                            insert.setTimestamp(n++, SqlTime.of(d.at()));
                            insert.setString(
                                    n++,
                                    d.status().length() <= 20
                                            ? d.status()
                                            : d.status().substring(0, 20));
                        }
                        int stored = insert.executeUpdate();
                        imported += stored;
                        if (stored == part.size()) {
                            bytesCounted += part.stream()
                                    .mapToLong(MailDelivery::sizeBytes)
                                    .sum();
                        }
                    }
                }
            }
        }
        long entries =
                items.stream().filter(i -> i instanceof ProcessedLine.Entry<?>).count();
        long duplicates = entries - imported;
        progress.chunkDone(
                Long.parseLong(importId),
                job.getExecutionId(),
                new ImportTally(lines, bytes, imported, duplicates, ignored, skipped, unmatched, bytesCounted),
                remark);
    }

    /** Drops deliveries that an earlier import already stored. */
    private static void removeStored(Connection c, Map<Key, MailDelivery> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return;
        }
        Set<String> queueIds = new HashSet<>();
        deliveries.keySet().forEach(k -> queueIds.add(k.queueId()));
        List<String> ids = new ArrayList<>(queueIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement p = c.prepareStatement("SELECT queue_id, recipient, sent_at FROM mail_log_entry"
                    + " WHERE queue_id IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    p.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        deliveries.remove(
                                new Key(rs.getString(1), rs.getString(2), SqlTime.toInstant(rs.getTimestamp(3))));
                    }
                }
            }
        }
    }

    /** Looks up, once per address and domain, which customer owns it. */
    private void resolveOwners(Connection c, Iterable<MailDelivery> deliveries) throws SQLException {
        Set<String> addresses = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (MailDelivery d : deliveries) {
            for (String address : List.of(d.recipient(), d.sender())) {
                if (!ownerCache.containsKey(address)) {
                    addresses.add(address);
                }
                for (String domain : domainsOf(address)) {
                    if (!ownerCache.containsKey("@" + domain)) {
                        domains.add(domain);
                    }
                }
            }
        }
        lookup(c, "SELECT address, customer_id FROM mailbox WHERE address IN ", addresses, "");
        lookup(c, "SELECT name, customer_id FROM domain_name WHERE name IN ", domains, "@");
    }

    private void lookup(Connection c, String sql, Set<String> keys, String prefix) throws SQLException {
        List<String> list = new ArrayList<>(keys);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> part = list.subList(from, Math.min(list.size(), from + 500));
            try (PreparedStatement p = c.prepareStatement(sql + "(" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    p.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ownerCache.put(prefix + rs.getString(1), rs.getLong(2));
                    }
                }
            }
            part.forEach(k -> ownerCache.putIfAbsent(prefix + k, null));
        }
    }

    /** The customer of the recipient's mailbox, else the sender's, else the domains, nearest first. */
    private Long owner(MailDelivery d) {
        for (String address : List.of(d.recipient(), d.sender())) {
            Long owner = ownerCache.get(address);
            if (owner != null) {
                return owner;
            }
        }
        for (String address : List.of(d.recipient(), d.sender())) {
            for (String domain : domainsOf(address)) {
                Long owner = ownerCache.get("@" + domain);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** example.nl for x@example.nl; mail.example.nl and example.nl for x@mail.example.nl. */
    static List<String> domainsOf(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || at == address.length() - 1) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        String domain = address.substring(at + 1);
        while (domain.indexOf('.') > 0) {
            result.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return result;
    }
}
