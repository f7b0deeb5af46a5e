package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.web.AccessLogStore;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.infrastructure.persistence.BatchCounts;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;
import org.hibernate.Session;

/**
 * The access-log tables' only writer ({@code access_log_entry}, {@code traffic_day},
 * {@code access_log_usage}, {@code access_log_removal}), on the persistence context's own
 * connection, so it joins the caller's transaction on MariaDB and H2 alike. Lines go in as batches
 * of one {@code INSERT IGNORE} statement (MariaDB's bulk protocol): a line stored before (same
 * website and key) is skipped by the unique key, and only the lines that went in are counted. Counters and usage are
 * added to with one statement each ({@code ON DUPLICATE KEY UPDATE}): two imports adding to a new day
 * at the same moment neither deadlock nor collide.
 */
@ApplicationScoped
public class JpaAccessLogStore implements AccessLogStore {

    /**
     * Rows per batch: an import's chunk of 5,000 lines goes as one batch, one round trip to the
     * database (1,000 a batch took about 3 % longer on a small table). The look-up of which were new,
     * when some were not, names this many keys.
     */
    private static final int ROWS_PER_BATCH = 5000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public JpaAccessLogStore() {}

    /** For tests outside the container. */
    public JpaAccessLogStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Stored append(long websiteId, List<Line> lines, Long importId) {
        if (lines.isEmpty()) {
            return new Stored(0, 0);
        }
        if (importId == null && lines.stream().anyMatch(l -> l.lineKey() != null)) {
            // Which of them went in is found by the import that stored them; without one it cannot be.
            throw new IllegalArgumentException("Lines with keys come from an import");
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Line> fresh = new ArrayList<>();
            for (int from = 0; from < lines.size(); from += ROWS_PER_BATCH) {
                fresh.addAll(insert(
                        c, websiteId, lines.subList(from, Math.min(lines.size(), from + ROWS_PER_BATCH)), importId));
            }
            return new Stored(fresh.size(), count(c, websiteId, fresh));
        });
    }

    /**
     * Inserts the lines, skipping those stored already, and returns the lines that are new. The
     * lines go as one batch of a one-row statement, which MariaDB's driver sends in its bulk protocol
     * (the statement parsed once, the rows as binary data). When every line went in that is all;
     * when some were there already (a file imported again), the new ones are found by the import
     * that stored them.
     */
    private static List<Line> insert(Connection c, long websiteId, List<Line> part, Long importId) throws SQLException {
        long inserted;
        // Without generated keys said in so many words: through the application server's connection
        // the driver otherwise prepares a statement that may return keys, and on a server that
        // cannot answer a bulk statement row by row (MariaDB 10.11) it then sends each row as a
        // statement of its own.
        try (PreparedStatement p = c.prepareStatement(
                "INSERT IGNORE INTO access_log_entry (website_id, requested_at, client_ip, http_method, path,"
                        + " status_code, response_bytes, stored_bytes, line_key, import_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                Statement.NO_GENERATED_KEYS)) {
            for (Line r : part) {
                if (r.websiteId() != websiteId) {
                    throw new IllegalArgumentException(
                            "A line of website " + r.websiteId() + " among " + websiteId + "'s");
                }
                p.setLong(1, websiteId);
                p.setObject(2, SqlTime.wallClock(r.requestedAt()));
                p.setString(3, r.clientIp());
                p.setString(4, r.method());
                p.setString(5, r.path());
                p.setInt(6, r.status());
                p.setLong(7, r.responseBytes());
                p.setInt(8, r.storedBytes());
                setKey(p, 9, r.lineKey());
                setKey(p, 10, importId);
                p.addBatch();
            }
            inserted = BatchCounts.rowsChanged(p.executeBatch());
        }
        if (inserted == part.size()) {
            return part;
        }
        if (inserted == 0) {
            return List.of();
        }
        if (importId == null) {
            // Lines without keys are never duplicates, so this is a refusal, not a line stored before.
            throw new IllegalStateException(
                    inserted < 0
                            ? "Not every line without a key was stored, and the database did not say which"
                            : "Of " + part.size() + " lines without a key, " + inserted + " were stored");
        }
        Set<Long> mine = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT line_key FROM access_log_entry WHERE website_id = ?"
                + " AND import_id = ? AND line_key IN (" + "?,".repeat(part.size() - 1) + "?)")) {
            p.setLong(1, websiteId);
            p.setLong(2, importId);
            for (int i = 0; i < part.size(); i++) {
                setKey(p, i + 3, part.get(i).lineKey());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    mine.add(rs.getLong(1));
                }
            }
        }
        return part.stream().filter(r -> mine.contains(r.lineKey())).toList();
    }

    private static void setKey(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    /** P3, P6: the new lines' traffic per day and storage added to the counters; returns the traffic. */
    private static long count(Connection c, long site, List<Line> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return 0;
        }
        TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
        long stored = 0;
        long traffic = 0;
        Instant oldest = null;
        TrafficDay.Days days = new TrafficDay.Days();
        for (Line r : fresh) {
            long[] t = perDay.computeIfAbsent(days.of(r.requestedAt()), d -> new long[2]);
            t[0] += r.responseBytes();
            t[1]++;
            traffic += r.responseBytes();
            stored += r.storedBytes();
            if (oldest == null || r.requestedAt().isBefore(oldest)) {
                oldest = r.requestedAt();
            }
        }
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            addTraffic(c, site, day.getKey(), day.getValue()[0], day.getValue()[1]);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO access_log_usage (website_id, entries, stored_bytes,"
                + " oldest_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE entries = entries + VALUES(entries),"
                + " stored_bytes = stored_bytes + VALUES(stored_bytes),"
                + " oldest_at = CASE WHEN oldest_at IS NULL OR oldest_at > VALUES(oldest_at) THEN VALUES(oldest_at)"
                + " ELSE oldest_at END")) {
            p.setLong(1, site);
            p.setLong(2, fresh.size());
            p.setLong(3, stored);
            p.setObject(4, SqlTime.wallClock(oldest));
            p.executeUpdate();
        }
        return traffic;
    }

    private static void addTraffic(Connection c, long websiteId, LocalDate day, long bytes, long requests)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO traffic_day (website_id, traffic_date, bytes_served,"
                + " requests) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE bytes_served = bytes_served + VALUES(bytes_served),"
                + " requests = requests + VALUES(requests)")) {
            p.setLong(1, websiteId);
            p.setObject(2, day);
            p.setLong(3, bytes);
            p.setLong(4, requests);
            p.executeUpdate();
        }
    }

    @Override
    public void countTraffic(long websiteId, LocalDate day, long bytes, long requests) {
        em.unwrap(Session.class).doWork(c -> addTraffic(c, websiteId, day, bytes, requests));
    }

    @Override
    public Optional<Excess> furthestOverBudget(long defaultBound) {
        List<?> over = em.createNativeQuery("SELECT u.website_id, u.stored_bytes - COALESCE(w.log_budget_bytes, ?1)"
                        + " FROM access_log_usage u JOIN website w ON w.id = u.website_id"
                        + " WHERE u.stored_bytes > COALESCE(w.log_budget_bytes, ?1)"
                        + " ORDER BY u.stored_bytes - COALESCE(w.log_budget_bytes, ?1) DESC")
                .setParameter(1, defaultBound)
                .setMaxResults(1)
                .getResultList();
        if (over.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) over.get(0);
        return Optional.of(new Excess(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    @Override
    public long totalStored() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(stored_bytes), 0) FROM access_log_usage")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<LogStart> furthestBack(int count) {
        List<?> rows = em.createNativeQuery("SELECT website_id, oldest_at FROM access_log_usage"
                        + " WHERE oldest_at IS NOT NULL ORDER BY oldest_at, website_id")
                .setMaxResults(count)
                .getResultList();
        List<LogStart> starts = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            starts.add(new LogStart(((Number) a[0]).longValue(), SqlTime.fromResult(a[1])));
        }
        return starts;
    }

    @Override
    public List<Oldest> oldestLocked(long websiteId, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, stored_bytes, requested_at FROM access_log_entry"
                        + " WHERE website_id = ?1 ORDER BY requested_at, id LIMIT " + Math.max(1, limit)
                        + " FOR UPDATE")
                .setParameter(1, websiteId)
                .getResultList();
        List<Oldest> result = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            result.add(new Oldest(((Number) a[0]).longValue(), ((Number) a[1]).intValue(), SqlTime.fromResult(a[2])));
        }
        return result;
    }

    @Override
    public int remove(long websiteId, List<Oldest> rows, Instant at, String reason) {
        if (rows.isEmpty()) {
            return 0;
        }
        // Ids read from the database, never outside input: safe to inline.
        String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
        int removed = em.createNativeQuery("DELETE FROM access_log_entry WHERE id IN (" + ids + ")")
                .executeUpdate();
        long bytes = rows.stream().mapToLong(Oldest::storedBytes).sum();
        takeOffUsage(websiteId, removed, bytes);
        // One record per website and run: the run's moment is the same for all its batches.
        int merged = em.createNativeQuery("UPDATE access_log_removal SET entries = entries + ?1,"
                        + " stored_bytes = stored_bytes + ?2, newest_removed = ?3"
                        + " WHERE website_id = ?4 AND removed_at = ?5 AND reason = ?6")
                .setParameter(1, removed)
                .setParameter(2, bytes)
                .setParameter(3, rows.get(rows.size() - 1).at())
                .setParameter(4, websiteId)
                .setParameter(5, at)
                .setParameter(6, reason)
                .executeUpdate();
        if (merged == 0) {
            em.createNativeQuery(
                            "INSERT INTO access_log_removal (website_id, removed_at, reason, entries, stored_bytes,"
                                    + " oldest_removed, newest_removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, websiteId)
                    .setParameter(2, at)
                    .setParameter(3, reason)
                    .setParameter(4, removed)
                    .setParameter(5, bytes)
                    .setParameter(6, rows.get(0).at())
                    .setParameter(7, rows.get(rows.size() - 1).at())
                    .executeUpdate();
        }
        return removed;
    }

    private void takeOffUsage(long websiteId, long entries, long bytes) {
        em.createNativeQuery("UPDATE access_log_usage SET entries = entries - ?2, stored_bytes = stored_bytes - ?3,"
                        + " oldest_at = (SELECT MIN(e.requested_at) FROM access_log_entry e WHERE e.website_id = ?1)"
                        + " WHERE website_id = ?1")
                .setParameter(1, websiteId)
                .setParameter(2, entries)
                .setParameter(3, bytes)
                .executeUpdate();
    }

    @Override
    public void recountUsage(long websiteId) {
        em.createNativeQuery("DELETE FROM access_log_usage WHERE website_id = ?1")
                .setParameter(1, websiteId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at)"
                        + " SELECT website_id, COUNT(*), SUM(stored_bytes), MIN(requested_at) FROM access_log_entry"
                        + " WHERE website_id = ?1 GROUP BY website_id")
                .setParameter(1, websiteId)
                .executeUpdate();
    }

    @Override
    public void recountAllUsage() {
        em.flush();
        em.createNativeQuery("DELETE FROM access_log_usage").executeUpdate();
        em.createNativeQuery("INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at)"
                        + " SELECT website_id, COUNT(*), SUM(stored_bytes), MIN(requested_at) FROM access_log_entry"
                        + " GROUP BY website_id")
                .executeUpdate();
    }

    @Override
    public int eraseOfCustomer(long customerId, int limit) {
        // Locked, as the space purge locks what it removes: the bytes taken off the usage are exactly
        // those of the rows this erasure deletes, whoever else removes entries at the same moment.
        List<?> rows = em.createNativeQuery("SELECT e.id, e.website_id, e.stored_bytes FROM access_log_entry e"
                        + " JOIN website w ON w.id = e.website_id WHERE w.customer_id = ?1 ORDER BY e.id LIMIT "
                        + Math.max(1, limit) + " FOR UPDATE")
                .setParameter(1, customerId)
                .getResultList();
        // Per website: the ids and the bytes they take, so that each usage goes down by exactly those.
        Map<Long, List<long[]>> bySite = new TreeMap<>();
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            bySite.computeIfAbsent(((Number) a[1]).longValue(), k -> new ArrayList<>())
                    .add(new long[] {((Number) a[0]).longValue(), ((Number) a[2]).longValue()});
        }
        int erased = 0;
        for (Map.Entry<Long, List<long[]>> site : bySite.entrySet()) {
            List<long[]> entries = site.getValue();
            int removed = 0;
            long bytes = 0;
            for (int from = 0; from < entries.size(); from += 1_000) {
                List<long[]> part = entries.subList(from, Math.min(entries.size(), from + 1_000));
                // Ids read from the database, never outside input: safe to inline.
                String list = part.stream().map(e -> Long.toString(e[0])).collect(Collectors.joining(","));
                removed += em.createNativeQuery("DELETE FROM access_log_entry WHERE id IN (" + list + ")")
                        .executeUpdate();
                bytes += part.stream().mapToLong(e -> e[1]).sum();
            }
            takeOffUsage(site.getKey(), removed, bytes);
            erased += removed;
        }
        return erased;
    }

    @Override
    public void forgetWebsite(long websiteId) {
        for (String sql : new String[] {
            "DELETE FROM access_log_entry WHERE website_id = ?1",
            "DELETE FROM access_log_usage WHERE website_id = ?1",
            "DELETE FROM access_log_removal WHERE website_id = ?1",
            "DELETE FROM traffic_day WHERE website_id = ?1"
        }) {
            em.createNativeQuery(sql).setParameter(1, websiteId).executeUpdate();
        }
    }
}
