package nl.provalue.privacy.domain.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.provalue.privacy.domain.shared.LogPosition;

/** P6: the access logs of websites. */
public interface AccessLogRepository {

    /**
     * At most {@code pageSize + 1} rows in the query's order, so the caller can tell whether more
     * follow. A {@linkplain AccessLogQuery#filtered() filtered} query looks at no more than
     * {@link AccessLogQuery#SCAN_WINDOW} lines from its cursor.
     */
    Scan page(AccessLogQuery query);

    /**
     * Every line of the website's log, oldest first, in one read: each line is handed over as it
     * arrives and not kept, so a log of millions of lines never sits in memory. The consumer must
     * not use the database while the lines come in.
     */
    void eachLine(long websiteId, Consumer<StoredAccessLine> each);

    Optional<Instant> oldestEntry(long websiteId);

    /** How far back each of these websites' logs reach, in one read; a site with an empty log is left out. */
    Map<Long, Instant> oldestEntries(Collection<Long> websiteIds);

    /**
     * @param rows     the rows found, in the query's order
     * @param lookedTo the last line looked at when the scan window ended before the log did, else null
     */
    record Scan(List<AccessLogEntry> rows, LogPosition lookedTo) {
        public Scan {
            rows = List.copyOf(rows);
        }
    }
}
