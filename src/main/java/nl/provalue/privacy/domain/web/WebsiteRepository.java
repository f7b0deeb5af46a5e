package nl.provalue.privacy.domain.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Websites, their traffic counters and access logs. */
public interface WebsiteRepository {

    Optional<Website> find(long id);

    List<Website> ofCustomer(long customerId);

    long countOfCustomer(long customerId);

    Website add(Website website);

    /** P3: adds traffic to the day's counter, creating it on first use. */
    void countTraffic(Website website, LocalDate day, long bytes, long requests);

    long bytesServed(long websiteId, LocalDate from, LocalDate toInclusive);

    void addLogEntry(AccessLogEntry entry);
}
