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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.importing.ImportTally;
import nl.provalue.privacy.domain.web.TrafficDay;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.batch.AccessLogLineProcessor.AccessRow;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;

/**
 * P3, P6: stores a chunk of access-log entries, skipping lines an earlier import stored, and in the
 * same transaction adds their traffic to the website's daily counters (P3), their storage to the
 * log's usage (P6) and advances the import's checkpoint.
 */
@Named
@Dependent
public class AccessLogWriter extends AbstractItemWriter {

    /** Rows per INSERT statement (10 parameters each). */
    private static final int ROWS_PER_INSERT = 1000;

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        long id = Long.parseLong(importId);
        long lines = 0, bytes = 0, skipped = 0, unmatched = 0, ignored = 0;
        // Per website, the rows by line key. Two lines with the same key in one chunk are one line
        // counted twice (repeated lines of a file get keys of their own); the first is kept.
        Map<Long, Map<Long, AccessRow>> bySite = new LinkedHashMap<>();
        long entries = 0;
        String remark = null;
        for (Object item : items) {
            ProcessedLine p = (ProcessedLine) item;
            lines++;
            bytes += p.line().bytes();
            if (remark == null && p.line().tooLong()) {
                remark = p.line().tooLongRemark();
            }
            if (p instanceof ProcessedLine.Entry<?> e) {
                AccessRow row = (AccessRow) e.entry();
                bySite.computeIfAbsent(row.websiteId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(row.lineKey(), row);
                entries++;
            } else if (p instanceof ProcessedLine.Skipped) {
                skipped++;
            } else if (p instanceof ProcessedLine.Unmatched) {
                unmatched++;
            } else {
                ignored++;
            }
        }
        long traffic = 0;
        long imported = 0;
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<Long, Map<Long, AccessRow>> site : bySite.entrySet()) {
                List<AccessRow> all = new ArrayList<>(site.getValue().values());
                List<AccessRow> fresh = new ArrayList<>();
                for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                    fresh.addAll(insert(
                            c, site.getKey(), all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT)), id));
                }
                imported += fresh.size();
                traffic += count(c, site.getKey(), fresh);
            }
        }
        progress.chunkDone(
                id,
                job.getExecutionId(),
                new ImportTally(lines, bytes, imported, entries - imported, ignored, skipped, unmatched, traffic),
                remark);
    }

    /** P3, P6: the new rows' traffic per day and storage, added to the website's counters; returns the traffic. */
    private long count(Connection c, long site, List<AccessRow> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return 0;
        }
        TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
        long stored = 0;
        long traffic = 0;
        Instant oldest = null;
        for (AccessRow r : fresh) {
            LocalDate day = TrafficDay.dayOf(r.line().requestedAt());
            long[] t = perDay.computeIfAbsent(day, d -> new long[2]);
            t[0] += r.line().responseBytes();
            t[1]++;
            traffic += r.line().responseBytes();
            stored += r.storedBytes();
            if (oldest == null || r.line().requestedAt().isBefore(oldest)) {
                oldest = r.line().requestedAt();
            }
        }
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            countTraffic(c, site, day.getKey(), day.getValue()[0], day.getValue()[1]);
        }
        addUsage(c, site, fresh.size(), stored, oldest);
        return traffic;
    }

    /**
     * Inserts the rows, skipping lines already stored (same website and line key), and returns the
     * rows that are new. When every row goes in, that is one statement; only when some were there
     * already (a file imported again) are the new ones found by the import that stored them.
     */
    private List<AccessRow> insert(Connection c, long websiteId, List<AccessRow> part, long importRun)
            throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT IGNORE INTO access_log_entry (website_id, requested_at, client_ip,"
                        + " http_method, path, status_code, response_bytes, stored_bytes, line_key, import_id) VALUES ");
        for (int i = 0; i < part.size(); i++) {
            sql.append(i == 0 ? "(?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?)");
        }
        int inserted;
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            int n = 1;
            for (AccessRow r : part) {
                p.setLong(n++, websiteId);
                p.setTimestamp(n++, SqlTime.of(r.line().requestedAt()));
                p.setString(n++, r.line().clientIp());
                p.setString(n++, r.line().method());
                p.setString(n++, r.line().path());
                p.setInt(n++, r.line().status());
                p.setLong(n++, r.line().responseBytes());
                p.setInt(n++, r.storedBytes());
                p.setLong(n++, r.lineKey());
                p.setLong(n++, importRun);
            }
            inserted = p.executeUpdate();
        }
        if (inserted == part.size()) {
            return part;
        }
        if (inserted == 0) {
            return List.of();
        }
        Set<Long> mine = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT line_key FROM access_log_entry WHERE website_id = ?"
                + " AND import_id = ? AND line_key IN (" + "?,".repeat(part.size() - 1) + "?)")) {
            p.setLong(1, websiteId);
            p.setLong(2, importRun);
            for (int i = 0; i < part.size(); i++) {
                p.setLong(i + 3, part.get(i).lineKey());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    mine.add(rs.getLong(1));
                }
            }
        }
        return part.stream().filter(r -> mine.contains(r.lineKey())).toList();
    }

    /**
     * P3: adds to the day's counter, creating it on first use, in one statement: two imports of
     * the same site adding to a new day at the same moment neither deadlock nor collide.
     */
    private void countTraffic(Connection c, long websiteId, LocalDate day, long bytes, long requests)
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

    /** P6: adds to the log's usage, creating it on first use, in one statement (see above). */
    private void addUsage(Connection c, long websiteId, long entries, long stored, Instant oldest) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO access_log_usage (website_id, entries, stored_bytes,"
                + " oldest_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE entries = entries + VALUES(entries),"
                + " stored_bytes = stored_bytes + VALUES(stored_bytes),"
                + " oldest_at = CASE WHEN oldest_at IS NULL OR oldest_at > VALUES(oldest_at) THEN VALUES(oldest_at)"
                + " ELSE oldest_at END")) {
            p.setLong(1, websiteId);
            p.setLong(2, entries);
            p.setLong(3, stored);
            p.setTimestamp(4, SqlTime.of(oldest));
            p.executeUpdate();
        }
    }
}
