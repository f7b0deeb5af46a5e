package nl.provalue.privacy.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;


import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.domain.web.AccessLogRepository;

/**
 * Keyset paging over index {@code ix_access_log_site_time (website_id, requested_at, id)}: each
 * page starts where the previous one ended, so neither OFFSET nor COUNT(*) is ever needed.
 * <p>
 * On MariaDB the query names that index: left to itself, the optimizer picks a "ref" access on
 * website_id alone and reads every row newer than the cursor before it finds the page (200,000
 * rows for a page 200,000 rows deep, against 51 with the hint; see docs/performance.md). With an
 * IP filter the optimizer chooses, since the (website_id, client_ip) index may then be better.
 */
@ApplicationScoped
public class JpaAccessLogRepository implements AccessLogRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<AccessLogEntry> page(AccessLogQuery q) {
        // Reading backwards (the page before the cursor) is reading in the opposite order.
        boolean descending = q.newestFirst() != q.backwards();
        StringBuilder sql = new StringBuilder("select * from access_log_entry");
        if (q.ipPrefix() == null && IndexHints.supported(em)) {
            sql.append(" force index (ix_access_log_site_time)");
        }
        sql.append(" where website_id = :site");
        if (q.from() != null) sql.append(" and requested_at >= :from");
        if (q.until() != null) sql.append(" and requested_at < :until");
        if (q.ipPrefix() != null) sql.append(" and client_ip like :ip escape '!'");
        if (q.pathPrefix() != null) sql.append(" and path like :path escape '!'");
        if (q.afterTime() != null) {
            String cmp = descending ? "<" : ">";
            // The plain bound on requested_at starts the index range at the cursor; the OR settles ties.
            sql.append(" and requested_at ").append(cmp).append("= :t")
                    .append(" and (requested_at ").append(cmp).append(" :t or (requested_at = :t and id ")
                    .append(cmp).append(" :id))");
        }
        String dir = descending ? " desc" : " asc";
        sql.append(" order by requested_at").append(dir).append(", id").append(dir);

        // Read-only: the rows are only shown or exported, so Hibernate keeps no copy to check for changes.
        Query query = em.createNativeQuery(sql.toString(), AccessLogEntry.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("site", q.websiteId())
                .setMaxResults(q.pageSize() + 1);
        if (q.from() != null) query.setParameter("from", q.from());
        if (q.until() != null) query.setParameter("until", q.until());
        if (q.ipPrefix() != null) query.setParameter("ip", likePrefix(q.ipPrefix()));
        if (q.pathPrefix() != null) query.setParameter("path", likePrefix(q.pathPrefix()));
        if (q.afterTime() != null) {
            query.setParameter("t", q.afterTime()).setParameter("id", q.afterId());
        }
        List<AccessLogEntry> rows = query.getResultList();
        if (q.backwards()) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public Optional<Instant> oldestEntry(long websiteId) {
        return Optional.ofNullable(em.createNamedQuery("AccessLogEntry.oldestForSite", Instant.class)
                .setParameter("websiteId", websiteId).getSingleResult());
    }

    /** MariaDB (a MySQL dialect in Hibernate's eyes) takes index hints; H2 does not need them. */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
