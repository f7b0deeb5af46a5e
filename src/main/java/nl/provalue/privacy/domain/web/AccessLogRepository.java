package nl.provalue.privacy.domain.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** P6: the access logs of websites. */
public interface AccessLogRepository {

    /** At most {@code pageSize + 1} rows in the query's order, so the caller can tell whether more follow. */
    List<AccessLogEntry> page(AccessLogQuery query);

    Optional<Instant> oldestEntry(long websiteId);
}
