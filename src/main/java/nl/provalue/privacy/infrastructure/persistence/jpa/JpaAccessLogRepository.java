package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.provalue.privacy.domain.shared.LogPosition;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.domain.web.AccessLogRepository;
import nl.provalue.privacy.domain.web.StoredAccessLine;
import org.hibernate.jpa.HibernateHints;

/**
 * Keyset paging over index {@code ix_access_log_site_time (website_id, requested_at, id)}: each
 * page starts where the previous one ended, so neither OFFSET nor COUNT(*) is ever needed.
 * <p>
 * On MariaDB the query names that index: left to itself, the optimizer picks a "ref" access on
 * website_id alone and reads every row newer than the cursor before it finds the page (200,000
 * rows for a page 200,000 rows deep, against 51 with the hint; see docs/performance.md).
 * <p>
 * A filter on address or page cannot use that order, so a filtered page looks at a bounded
 * stretch of lines: it finds the end of the stretch on the index alone (the
 * {@link AccessLogQuery#FIRST_LOOK}th line from the cursor, and if those hold less than a page, the
 * {@link AccessLogQuery#SCAN_WINDOW}th) and looks only at the lines up to it. A filter that matches
 * nothing reads ten thousand lines, not ten million; one that matches most lines, a few hundred.
 */
@ApplicationScoped
public class JpaAccessLogRepository implements AccessLogRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public JpaAccessLogRepository() {}

    /** For tests that run without a container. */
    public JpaAccessLogRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Scan page(AccessLogQuery q) {
        // Reading backwards (the page before the cursor) is reading in the opposite order.
        boolean descending = q.newestFirst() != q.backwards();
        List<AccessLogEntry> rows;
        LogPosition lookedTo = null;
        if (!q.filtered()) {
            rows = read(q, descending, q.cursor(), null, q.pageSize() + 1);
        } else {
            // A short look first, so that a filter most lines match costs a page and a few hundred
            // index entries; then the rest of the window, where the short look ended.
            rows = new ArrayList<>();
            LogPosition from = q.cursor();
            for (int size :
                    new int[] {AccessLogQuery.FIRST_LOOK, AccessLogQuery.SCAN_WINDOW - AccessLogQuery.FIRST_LOOK}) {
                LogPosition end = windowEnd(q, descending, from, size);
                rows.addAll(read(q, descending, from, end, q.pageSize() + 1 - rows.size()));
                lookedTo = end;
                if (rows.size() > q.pageSize() || end == null) {
                    break;
                }
                from = end;
            }
        }
        if (q.backwards()) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return new Scan(rows, lookedTo);
    }

    @Override
    public void eachLine(long websiteId, Consumer<StoredAccessLine> each) {
        StringBuilder sql = new StringBuilder(
                "select id, requested_at, client_ip, http_method, path, status_code, response_bytes from access_log_entry");
        hint(sql);
        sql.append(" where website_id = ? order by requested_at, id");
        StreamingRead.each(
                em,
                sql.toString(),
                websiteId,
                r -> each.accept(new StoredAccessLine(
                        r.getLong(1),
                        StreamingRead.instant(r, 2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        r.getLong(7))));
    }

    /**
     * Up to {@code limit} rows in reading order after {@code cursor} (exclusive) and, when a bound
     * is given, up to and including it.
     */
    private List<AccessLogEntry> read(
            AccessLogQuery q, boolean descending, LogPosition cursor, LogPosition bound, int limit) {
        StringBuilder sql = new StringBuilder("select * from access_log_entry");
        hint(sql);
        sql.append(" where website_id = :site");
        range(sql, q, descending, cursor);
        if (q.ipPrefix() != null) sql.append(" and client_ip like :ip escape '!'");
        if (q.pathPrefix() != null) sql.append(" and path like :path escape '!'");
        if (bound != null) {
            // Up to and including the last line of the window, from the other side.
            beyond(sql, descending ? ">" : "<", "bt", "bid", true);
        }
        String dir = descending ? " desc" : " asc";
        sql.append(" order by requested_at").append(dir).append(", id").append(dir);

        // Read-only: the rows are only shown or exported, so Hibernate keeps no copy to check for changes.
        Query query = em.createNativeQuery(sql.toString(), AccessLogEntry.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit);
        bind(query, q, cursor);
        if (q.ipPrefix() != null) query.setParameter("ip", likePrefix(q.ipPrefix()));
        if (q.pathPrefix() != null) query.setParameter("path", likePrefix(q.pathPrefix()));
        if (bound != null) query.setParameter("bt", bound.at()).setParameter("bid", bound.id());
        @SuppressWarnings("unchecked")
        List<AccessLogEntry> rows = query.getResultList();
        return rows;
    }

    /**
     * The {@code size}th line after the cursor in reading order, found on the index alone and then
     * read by id; null when the log ends sooner.
     */
    private LogPosition windowEnd(AccessLogQuery q, boolean descending, LogPosition cursor, int size) {
        StringBuilder inner = new StringBuilder("select id from access_log_entry");
        hint(inner);
        inner.append(" where website_id = :site");
        range(inner, q, descending, cursor);
        String dir = descending ? " desc" : " asc";
        inner.append(" order by requested_at")
                .append(dir)
                .append(", id")
                .append(dir)
                .append(" limit 1 offset ")
                .append(size - 1);
        Query query = em.createNativeQuery(
                        "select * from access_log_entry where id = (" + inner + ")", AccessLogEntry.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        bind(query, q, cursor);
        @SuppressWarnings("unchecked")
        List<AccessLogEntry> last = query.getResultList();
        return last.isEmpty()
                ? null
                : new LogPosition(last.get(0).requestedAt(), last.get(0).id());
    }

    /**
     * On MariaDB the site/time index is named: the optimizer, left to itself, may walk every row of
     * the site on (website_id) or (website_id, client_ip) and sort them.
     */
    private void hint(StringBuilder sql) {
        if (IndexHints.supported(em)) {
            sql.append(" force index (ix_access_log_site_time)");
        }
    }

    /** The date filters and the cursor: the part of the where clause that the index orders. */
    private static void range(StringBuilder sql, AccessLogQuery q, boolean descending, LogPosition cursor) {
        if (q.from() != null) sql.append(" and requested_at >= :from");
        if (q.until() != null) sql.append(" and requested_at < :until");
        if (cursor != null) {
            beyond(sql, descending ? "<" : ">", "t", "id", false);
        }
    }

    /**
     * Rows on one side ({@code cmp}) of the position in parameters {@code time} and {@code id}, the
     * position itself included or not. The plain bound on requested_at lets the index range start
     * there; the OR settles rows of the same time by id.
     */
    private static void beyond(StringBuilder sql, String cmp, String time, String id, boolean inclusive) {
        sql.append(" and requested_at ")
                .append(cmp)
                .append("= :")
                .append(time)
                .append(" and (requested_at ")
                .append(cmp)
                .append(" :")
                .append(time)
                .append(" or (requested_at = :")
                .append(time)
                .append(" and id ")
                .append(cmp)
                .append(inclusive ? "= :" : " :")
                .append(id)
                .append("))");
    }

    private static void bind(Query query, AccessLogQuery q, LogPosition cursor) {
        query.setParameter("site", q.websiteId());
        if (q.from() != null) query.setParameter("from", q.from());
        if (q.until() != null) query.setParameter("until", q.until());
        if (cursor != null) {
            query.setParameter("t", cursor.at()).setParameter("id", cursor.id());
        }
    }

    @Override
    public Optional<Instant> oldestEntry(long websiteId) {
        return Optional.ofNullable(em.createNamedQuery("AccessLogEntry.oldestForSite", Instant.class)
                .setParameter("websiteId", websiteId)
                .getSingleResult());
    }

    @Override
    public Map<Long, Instant> oldestEntries(Collection<Long> websiteIds) {
        if (websiteIds.isEmpty()) {
            return Map.of();
        }
        // One minimum per site, each read off the (website_id, requested_at, id) index.
        Map<Long, Instant> oldest = new HashMap<>();
        for (Object[] row : em.createNamedQuery("AccessLogEntry.oldestForSites", Object[].class)
                .setParameter("websiteIds", websiteIds)
                .getResultList()) {
            oldest.put((Long) row[0], (Instant) row[1]);
        }
        return oldest;
    }

    /** A LIKE pattern for values starting with {@code prefix}, its own wildcards escaped. */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
