package nl.provalue.privacy.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.retention.LogBudgets;
import nl.provalue.privacy.infrastructure.config.ByteSizes;

/**
 * P6: the storage budgets of access logs as configured and as staff set them: the default per
 * website ({@code PORTAL_ACCESS_LOG_BUDGET_PER_SITE}; 0 is none) and the budget of all logs together
 * (as staff set it, else {@code PORTAL_ACCESS_LOG_BUDGET_TOTAL}; 0 is none). The
 * {@code AccessLogSpaceKeeper} applies them.
 */
@ApplicationScoped
public class AccessLogBudgetSettings implements LogBudgets {

    /** Without configuration: 512 MB of log per website, no limit for all together. */
    public static final long DEFAULT_PER_SITE = 512L << 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "portal/accessLogBudgetPerSite")
    Object perSiteSetting;

    @Resource(lookup = "portal/accessLogBudgetTotal")
    Object totalSetting;

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
                .setParameter(2, at)
                .setParameter(3, by)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO access_log_total_budget (id, budget_bytes, changed_at, changed_by)"
                            + " VALUES (1, ?1, ?2, ?3)")
                    .setParameter(1, bytes)
                    .setParameter(2, at)
                    .setParameter(3, by)
                    .executeUpdate();
        }
    }
}
