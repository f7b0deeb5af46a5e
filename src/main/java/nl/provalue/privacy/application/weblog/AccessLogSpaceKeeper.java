package nl.provalue.privacy.application.weblog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.retention.LogBudgets;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.web.AccessLogBudget;
import nl.provalue.privacy.domain.web.AccessLogStore;
import nl.provalue.privacy.domain.web.AccessLogStore.Excess;
import nl.provalue.privacy.domain.web.AccessLogStore.LogStart;
import nl.provalue.privacy.domain.web.AccessLogStore.Oldest;

/**
 * P6: keeps access logs within their storage budget. First every website's own budget (its own,
 * else the default per website, {@link AccessLogBudget#effective}); then, if there is one, the
 * budget of all logs together, taking the oldest entries of all websites first. A batch removes the
 * fewest oldest entries that bring a log within budget ({@link AccessLogBudget#entriesToRemove}),
 * takes them off the log's usage and records what it removed, in the caller's transaction.
 */
@ApplicationScoped
public class AccessLogSpaceKeeper implements RetentionTask {

    @Inject
    AccessLogStore store;

    @Inject
    LogBudgets budgets;

    @Override
    public RetentionRule rule() {
        return RetentionRule.ACCESS_LOG_SPACE;
    }

    /** Counted in bytes, not in time: no cutoff. */
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
        Optional<Excess> over = store.furthestOverBudget(AccessLogBudget.defaultBound(budgets.defaultBudgetPerSite()));
        if (over.isEmpty()) {
            return 0;
        }
        long site = over.get().websiteId();
        List<Oldest> oldest = store.oldestLocked(site, limit);
        if (oldest.isEmpty()) {
            // The usage says more than the log holds: count it again, so that the other sites get their turn.
            store.recountUsage(site);
            return siteOverBudget(now, limit);
        }
        int n = AccessLogBudget.entriesToRemove(
                oldest.stream().map(Oldest::storedBytes).toList(), over.get().bytes());
        return store.remove(site, oldest.subList(0, n), now, "SITE_BUDGET");
    }

    private int totalOverBudget(Instant now, int limit) {
        long budget = budgets.totalBudget();
        if (budget <= 0) {
            return 0;
        }
        long excess = AccessLogBudget.excess(store.totalStored(), budget);
        if (excess == 0) {
            return 0;
        }
        List<LogStart> starts = store.furthestBack(2);
        if (starts.isEmpty()) {
            return 0;
        }
        long site = starts.get(0).websiteId();
        Instant nextSiteStarts = starts.size() < 2 ? null : starts.get(1).oldest();
        List<Oldest> candidates = new ArrayList<>();
        for (Oldest o : store.oldestLocked(site, limit)) {
            // The oldest entries of all logs go first: stop where another website's log begins.
            if (nextSiteStarts != null && o.at().isAfter(nextSiteStarts) && !candidates.isEmpty()) {
                break;
            }
            candidates.add(o);
        }
        int n = AccessLogBudget.entriesToRemove(
                candidates.stream().map(Oldest::storedBytes).toList(), excess);
        return store.remove(site, candidates.subList(0, n), now, "TOTAL_BUDGET");
    }
}
