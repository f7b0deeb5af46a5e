package nl.provalue.privacy.domain.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.domain.mail.MailLogRetention;

/**
 * P4: an uploaded raw log file (Postfix mail log, web access log, full of e-mail and IP addresses)
 * is kept only as long as its import needs it. The file of an import that completed is deleted at
 * once; the file of an import that failed or was interrupted is kept for a limit (so staff can
 * resume it) and then deleted; the file of an import still waiting or running is kept. The limit
 * is configurable but never longer than P4's four weeks, so no raw log outlives the entries it
 * holds. A file no import records (an upload cut off by a crash of the server) goes a day after
 * it was last written.
 */
public final class RawLogFileRetention {

    /** P4: how long a failed import's file waits for a resumption unless configured otherwise. */
    public static final Duration DEFAULT_FAILED_LIMIT = Duration.ofDays(7);

    /** P4: no raw log is kept longer than the mail log itself. */
    public static final Duration MAXIMUM_FAILED_LIMIT = MailLogRetention.PERIOD;

    /**
     * P4: a file that no import records is the remains of an upload the server could not finish
     * (it stopped while receiving it); it goes once nothing has been written to it for this long,
     * which no upload still under way reaches.
     */
    public static final Duration UNRECORDED_GRACE = Duration.ofDays(1);

    private final Duration failedLimit;

    /** @param failedLimit how long a failed import's file is kept: more than zero, at most four weeks */
    public RawLogFileRetention(Duration failedLimit) {
        if (failedLimit == null || failedLimit.isNegative() || failedLimit.isZero()) {
            throw new IllegalArgumentException("The limit for failed imports' files must be positive");
        }
        if (failedLimit.compareTo(MAXIMUM_FAILED_LIMIT) > 0) {
            throw new IllegalArgumentException(
                    "P4: a raw log file is kept at most " + MAXIMUM_FAILED_LIMIT.toDays() + " days");
        }
        this.failedLimit = failedLimit;
    }

    /**
     * The rule for a configured number of days: nothing or nonsense gives the default, more than
     * four weeks gives four weeks (P4 wins over configuration).
     */
    public static RawLogFileRetention ofDays(long days) {
        if (days < 1) {
            return new RawLogFileRetention(DEFAULT_FAILED_LIMIT);
        }
        return new RawLogFileRetention(Duration.ofDays(Math.min(days, MAXIMUM_FAILED_LIMIT.toDays())));
    }

    public Duration failedLimit() {
        return failedLimit;
    }

    /** The limit in whole days, as staff read it. */
    public long failedLimitDays() {
        return failedLimit.toDays();
    }

    /**
     * When the file of an import in {@code status} that ended at {@code finishedAt} is due for
     * deletion; empty while the import still needs it (waiting, running, or no end recorded).
     */
    public Optional<Instant> deletionDue(ImportStatus status, Instant finishedAt) {
        if (finishedAt == null || status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case COMPLETED -> Optional.of(finishedAt);
            case FAILED, INTERRUPTED -> Optional.of(finishedAt.plus(failedLimit));
            case QUEUED, RUNNING -> Optional.empty();
        };
    }

    /** Whether the file may be deleted at {@code now}: from its due moment on, never before. */
    public boolean isDue(ImportStatus status, Instant finishedAt, Instant now) {
        return deletionDue(status, finishedAt).map(due -> !due.isAfter(now)).orElse(false);
    }

    /** Failed and interrupted imports that ended at or before this moment have a file due at {@code now}. */
    public Instant failedCutoff(Instant now) {
        return now.minus(failedLimit);
    }

    /** A file no import records and last written before this moment is due at {@code now}. */
    public Instant unrecordedCutoff(Instant now) {
        return now.minus(UNRECORDED_GRACE);
    }

    /** The import ends in these states without success; their files wait {@link #failedLimit()}. */
    public static Set<ImportStatus> endedWithoutSuccess() {
        return EnumSet.of(ImportStatus.FAILED, ImportStatus.INTERRUPTED);
    }
}
