package nl.provalue.privacy.domain.web;

/**
 * P3: traffic used against the plan's limit.
 *
 * @param usedBytes  bytes served this month
 * @param limitBytes the plan's monthly limit
 */
public record TrafficUsage(long usedBytes, long limitBytes) {

    /** From this share of the limit on, the customer is warned. */
    public static final int WARNING_PERCENT = 80;

    public TrafficUsage {
        if (usedBytes < 0 || limitBytes <= 0) {
            throw new IllegalArgumentException("usage " + usedBytes + " of " + limitBytes);
        }
    }

    /** Percentage of the limit used, rounded down, may exceed 100. */
    public int percentOfLimit() {
        return (int) Math.min(Integer.MAX_VALUE, usedBytes * 100 / limitBytes);
    }

    public boolean isOverLimit() {
        return usedBytes > limitBytes;
    }

    public boolean isNearLimit() {
        return !isOverLimit() && percentOfLimit() >= WARNING_PERCENT;
    }
}
