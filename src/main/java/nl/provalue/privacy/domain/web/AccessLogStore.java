package nl.provalue.privacy.domain.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * P3, P6: the one writer of the access-log tables: the entries, the daily traffic counters, each
 * log's usage and what the space-based retention removed. Every path that adds or removes log lines
 * (an import, the demo data, the space purge, a departed customer's erasure, a website that goes)
 * goes through it, so the counters and the usage always move with the entries they count. Runs in
 * the caller's transaction.
 */
public interface AccessLogStore {

    /**
     * One line to store.
     *
     * @param storedBytes what the line takes in the log (its length in the server's file)
     * @param lineKey     the line's key within its website (repeated lines have keys of their own);
     *                    null for a line that did not come from a file (never a duplicate)
     */
    record Line(
            long websiteId,
            Instant requestedAt,
            String clientIp,
            String method,
            String path,
            int status,
            long responseBytes,
            int storedBytes,
            Long lineKey) {}

    /** What an append stored: the new entries and their traffic in bytes. */
    record Stored(long entries, long traffic) {
        public Stored plus(Stored other) {
            return new Stored(entries + other.entries, traffic + other.traffic);
        }
    }

    /**
     * Stores the lines of one website that are not stored yet (same website and line key) and adds
     * exactly those to the website's daily traffic ({@link TrafficDay#dayOf}) and to its log's usage.
     *
     * @param lines    each key at most once ({@link nl.provalue.privacy.domain.web.AccessLogStore.Line#lineKey});
     *                 lines with keys only with an import
     * @param importId the import the lines come from; null for lines of no import
     */
    Stored append(long websiteId, List<Line> lines, Long importId);

    /** P3: traffic counted on a day for which there are no lines (counters outlive the log). */
    void countTraffic(long websiteId, LocalDate day, long bytes, long requests);

    /** P6: a website's log over its budget, and by how many bytes. */
    record Excess(long websiteId, long bytes) {}

    /**
     * P6: the website whose log is furthest over its budget: its own, else {@code defaultBound}
     * (the largest number where there is no default, {@link AccessLogBudget#defaultBound}).
     */
    Optional<Excess> furthestOverBudget(long defaultBound);

    /** P6: the storage of all logs together. */
    long totalStored();

    /** P6: a log's start: the website and its oldest entry. */
    record LogStart(long websiteId, Instant oldest) {}

    /** P6: the logs that reach back furthest, oldest first. */
    List<LogStart> furthestBack(int count);

    /** P6: one entry as the space purge weighs it. */
    record Oldest(long id, int storedBytes, Instant at) {}

    /**
     * P6: a website's oldest entries, locked: a second server at the same moment waits and then
     * finds them gone, and the bytes taken off the usage are exactly those of the rows removed.
     */
    List<Oldest> oldestLocked(long websiteId, int limit);

    /**
     * P6: removes these entries of a website, takes them off its usage and records the removal (one
     * record per website, moment and reason); returns how many were removed.
     */
    int remove(long websiteId, List<Oldest> entries, Instant at, String reason);

    /** P6: a usage that says more than the log holds, counted again from the log itself. */
    void recountUsage(long websiteId);

    /** P6: every log's usage counted again from its entries (after bulk loads). */
    void recountAllUsage();

    /**
     * P3, P6 at the end of a contract: up to {@code limit} access-log entries of a departed
     * customer's websites removed, their usage with them; returns how many.
     */
    int eraseOfCustomer(long customerId, int limit);

    /** P3, P6: a website that goes: its log, counters, usage and removals. */
    void forgetWebsite(long websiteId);
}
