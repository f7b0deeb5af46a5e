package nl.provalue.privacy.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.web.AccessLogBudget;
import nl.provalue.privacy.infrastructure.config.ByteSizes;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;

/**
 * P6: keeps access logs within their storage budget. First every website's own budget (its
 * {@code log_budget_bytes}, else {@code PORTAL_ACCESS_LOG_BUDGET_PER_SITE}); then, if configured,
 * the budget of all logs together (as staff set it, else {@code PORTAL_ACCESS_LOG_BUDGET_TOTAL}), taking the oldest
 * entries of all websites first. A batch removes the fewest oldest entries that bring the log
 * within budget, updates the log's usage and records what it removed, in one transaction.
 */
@ApplicationScoped
public class AccessLogSpacePurge implements RetentionTask, nl.provalue.privacy.application.retention.LogBudgets {

    /** Without configuration: 512 MB of log per website, no limit for all together. */
    public static final long DEFAULT_PER_SITE = 512L << 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "portal/accessLogBudgetPerSite")
    Object perSiteSetting;

    @Resource(lookup = "portal/accessLogBudgetTotal")
    Object totalSetting;

    private record Oldest(long id, int storedBytes, Instant at) {}

    @Override
    public long defaultBudgetPerSite() {
        return ByteSizes.parse("PORTAL_ACCESS_LOG_BUDGET_PER_SITE", perSiteSetting, DEFAULT_PER_SITE);
    }

    @Override
    public long totalBudget() {
        List<?> set = em.createNativeQuery("SELECT budget_bytes FROM access_log_total_budget WHERE id = 1")
                .getResultList();
        return set.isEmpty() ? configuredTotalBudget() : ((Number) set.get(0)).longValue();
    }

    /** The budget of all access logs together until staff set one; 0 when there is none. */
    long configuredTotalBudget() {
        return ByteSizes.parse("PORTAL_ACCESS_LOG_BUDGET_TOTAL", totalSetting, 0);
    }

    /**
     * Reads both size settings at start, so that a wrong one stops the start (see PortalStartup),
     * also the total budget's that is only read while staff have set none.
     */
    public void checkSettings() {
        defaultBudgetPerSite();
        configuredTotalBudget();
    }

    @Override
    public void changeTotalBudget(long bytes, String by, Instant at) {
        if (bytes < 0) {
            throw new IllegalArgumentException("A budget is not negative");
        }
        int updated = em.createNativeQuery("UPDATE access_log_total_budget SET budget_bytes = ?1, changed_at = ?2,"
                        + " changed_by = ?3 WHERE id = 1")
                .setParameter(1, bytes)
                .setParameter(2, SqlTime.of(at))
                .setParameter(3, by)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO access_log_total_budget (id, budget_bytes, changed_at, changed_by)"
                            + " VALUES (1, ?1, ?2, ?3)")
                    .setParameter(1, bytes)
                    .setParameter(2, SqlTime.of(at))
                    .setParameter(3, by)
                    .executeUpdate();
        }
    }

    @Override
    public RetentionRule rule() {
        return RetentionRule.ACCESS_LOG_SPACE;
    }

    @Override
    public Instant cutoff(Instant now) {
        return null;
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        int removed = siteOverBudget(now, limit);
        return removed > 0 ? removed : totalOverBudget(now, limit);
    }

    private int siteOverBudget(Instant now, int limit) {
        List<?> over = em.createNativeQuery("SELECT u.website_id, u.stored_bytes - COALESCE(w.log_budget_bytes, ?1)"
                        + " FROM access_log_usage u JOIN website w ON w.id = u.website_id"
                        + " WHERE u.stored_bytes > COALESCE(w.log_budget_bytes, ?1)"
                        + " ORDER BY u.stored_bytes - COALESCE(w.log_budget_bytes, ?1) DESC")
                // A site's own budget is at least 1 MiB (Website.changeLogBudget); a default of 0 is none.
                .setParameter(1, AccessLogBudget.defaultBound(defaultBudgetPerSite()))
                .setMaxResults(1)
                .getResultList();
        if (over.isEmpty()) {
            return 0;
        }
        Object[] row = (Object[]) over.get(0);
        long site = ((Number) row[0]).longValue();
        long excess = ((Number) row[1]).longValue();
        List<Oldest> oldest = oldest(site, limit);
        if (oldest.isEmpty()) {
            // The usage says more than the log holds: recount it, so that the other sites get their turn.
            em.createNativeQuery("UPDATE access_log_usage SET entries = 0, stored_bytes = 0, oldest_at = NULL"
                            + " WHERE website_id = ?1")
                    .setParameter(1, site)
                    .executeUpdate();
            return siteOverBudget(now, limit);
        }
        int n = AccessLogBudget.entriesToRemove(
                oldest.stream().map(Oldest::storedBytes).toList(), excess);
        return remove(site, oldest.subList(0, n), now, "SITE_BUDGET");
    }

    private int totalOverBudget(Instant now, int limit) {
        long budget = totalBudget();
        if (budget <= 0) {
            return 0;
        }
        Number used = (Number) em.createNativeQuery("SELECT COALESCE(SUM(stored_bytes), 0) FROM access_log_usage")
                .getSingleResult();
        long excess = AccessLogBudget.excess(used.longValue(), budget);
        if (excess == 0) {
            return 0;
        }
        List<?> sites = em.createNativeQuery("SELECT website_id, oldest_at FROM access_log_usage"
                        + " WHERE oldest_at IS NOT NULL ORDER BY oldest_at, website_id")
                .setMaxResults(2)
                .getResultList();
        if (sites.isEmpty()) {
            return 0;
        }
        long site = ((Number) ((Object[]) sites.get(0))[0]).longValue();
        Instant nextSiteStarts = sites.size() < 2 ? null : SqlTime.fromResult(((Object[]) sites.get(1))[1]);
        List<Oldest> candidates = new ArrayList<>();
        for (Oldest o : oldest(site, limit)) {
            // The oldest entries of all logs go first: stop where another website's log begins.
            if (nextSiteStarts != null && o.at().isAfter(nextSiteStarts) && !candidates.isEmpty()) {
                break;
            }
            candidates.add(o);
        }
        int n = AccessLogBudget.entriesToRemove(
                candidates.stream().map(Oldest::storedBytes).toList(), excess);
        return remove(site, candidates.subList(0, n), now, "TOTAL_BUDGET");
    }

    private List<Oldest> oldest(long site, int limit) {
        // Locked, so that a second server at the same moment waits and then finds them gone, and
        // the bytes subtracted from the usage are exactly those of the rows this batch deletes.
        List<?> rows = em.createNativeQuery("SELECT id, stored_bytes, requested_at FROM access_log_entry"
                        + " WHERE website_id = ?1 ORDER BY requested_at, id LIMIT " + Math.max(1, limit)
                        + " FOR UPDATE")
                .setParameter(1, site)
                .getResultList();
        List<Oldest> result = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            result.add(new Oldest(((Number) a[0]).longValue(), ((Number) a[1]).intValue(), SqlTime.fromResult(a[2])));
        }
        return result;
    }

    private int remove(long site, List<Oldest> rows, Instant now, String reason) {
        if (rows.isEmpty()) {
            return 0;
        }
        String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
        int removed = em.createNativeQuery("DELETE FROM access_log_entry WHERE id IN (" + ids + ")")
                .executeUpdate();
        long bytes = rows.stream().mapToLong(Oldest::storedBytes).sum();
        em.createNativeQuery("UPDATE access_log_usage SET entries = entries - ?2, stored_bytes = stored_bytes - ?3,"
                        + " oldest_at = (SELECT MIN(e.requested_at) FROM access_log_entry e WHERE e.website_id = ?1)"
                        + " WHERE website_id = ?1")
                .setParameter(1, site)
                .setParameter(2, removed)
                .setParameter(3, bytes)
                .executeUpdate();
        // One record per website and run: the run's moment is the same for all its batches.
        int merged = em.createNativeQuery("UPDATE access_log_removal SET entries = entries + ?1,"
                        + " stored_bytes = stored_bytes + ?2, newest_removed = ?3"
                        + " WHERE website_id = ?4 AND removed_at = ?5 AND reason = ?6")
                .setParameter(1, removed)
                .setParameter(2, bytes)
                .setParameter(3, SqlTime.of(rows.get(rows.size() - 1).at()))
                .setParameter(4, site)
                .setParameter(5, SqlTime.of(now))
                .setParameter(6, reason)
                .executeUpdate();
        if (merged == 0) {
            em.createNativeQuery(
                            "INSERT INTO access_log_removal (website_id, removed_at, reason, entries, stored_bytes,"
                                    + " oldest_removed, newest_removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, site)
                    .setParameter(2, SqlTime.of(now))
                    .setParameter(3, reason)
                    .setParameter(4, removed)
                    .setParameter(5, bytes)
                    .setParameter(6, SqlTime.of(rows.get(0).at()))
                    .setParameter(7, SqlTime.of(rows.get(rows.size() - 1).at()))
                    .executeUpdate();
        }
        return removed;
    }
}
