package nl.provalue.privacy.domain.backup;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * P7: backups are destroyed periodically and kept no longer than six months. Months are counted
 * on the UTC calendar, the same way the database's check constraint counts them
 * ({@code taken_at + INTERVAL '6' MONTH}), so the two can never disagree.
 */
public final class BackupPolicy {

    /** P7: six months at the most. */
    public static final Period MAX_RETENTION = Period.ofMonths(6);

    private BackupPolicy() {}

    /** The latest moment a backup taken at {@code takenAt} may still exist. */
    public static Instant latestExpiry(Instant takenAt) {
        return takenAt.atOffset(ZoneOffset.UTC).plus(MAX_RETENTION).toInstant();
    }

    /**
     * P7: how far a backup's time may lie ahead of the moment it is recorded: the backup system's
     * clock may run a little ahead of ours, but a backup "taken" later than that would get an
     * expiry more than six months from today.
     */
    public static final java.time.Duration MAX_CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    /** P7: a backup cannot have been taken after it is recorded (beyond {@link #MAX_CLOCK_SKEW}). */
    public static boolean isAllowedTakenAt(Instant takenAt, Instant recordedAt) {
        return !takenAt.isAfter(recordedAt.plus(MAX_CLOCK_SKEW));
    }

    public static boolean isAllowedExpiry(Instant takenAt, Instant expiresAt) {
        return expiresAt.isAfter(takenAt) && !expiresAt.isAfter(latestExpiry(takenAt));
    }
}
