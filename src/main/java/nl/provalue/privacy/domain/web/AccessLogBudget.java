package nl.provalue.privacy.domain.web;

import java.util.List;

/**
 * P6: access logs are kept as long as their storage budget allows. The storage an entry takes is
 * the length of its line in the server's log file; when a website's log (or all logs together)
 * take more than the budget, the oldest entries go first, and only as many as needed to be within
 * the budget again.
 */
public final class AccessLogBudget {

    /** Budgets below this make no sense for a log (one day of a quiet site). */
    public static final long MIN_BUDGET_BYTES = 1024 * 1024;

    private AccessLogBudget() {}

    /**
     * A website's budget: its own where staff set one, else the default per website. A default of 0
     * means no budget per website, as 0 means no budget for all logs together: nothing is removed
     * for it (empty).
     */
    public static java.util.OptionalLong effective(Long own, long defaultPerSite) {
        long budget = own != null ? own : defaultPerSite;
        return budget > 0 ? java.util.OptionalLong.of(budget) : java.util.OptionalLong.empty();
    }

    /** The default per website as a bound to compare with: the largest number where there is none. */
    public static long defaultBound(long defaultPerSite) {
        return effective(null, defaultPerSite).orElse(Long.MAX_VALUE);
    }

    /** How many bytes must go: nothing while the log is within its budget, to the byte. */
    public static long excess(long usedBytes, long budgetBytes) {
        if (budgetBytes <= 0) {
            return 0;
        }
        return Math.max(0, usedBytes - budgetBytes);
    }

    /**
     * Of the oldest entries (their stored bytes, oldest first), how many to remove so that at
     * least {@code excess} bytes go: the fewest that do, never one more.
     */
    public static int entriesToRemove(List<Integer> oldestFirstBytes, long excess) {
        long freed = 0;
        int count = 0;
        for (int bytes : oldestFirstBytes) {
            if (freed >= excess) {
                break;
            }
            freed += bytes;
            count++;
        }
        return count;
    }

    /** The storage of an entry that did not come from a log file: a typical line around its fields. */
    public static int estimatedLineBytes(String path, String clientIp) {
        return 120 + (path == null ? 0 : path.length()) + (clientIp == null ? 0 : clientIp.length());
    }
}
