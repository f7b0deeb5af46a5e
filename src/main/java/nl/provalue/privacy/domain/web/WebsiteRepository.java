package nl.provalue.privacy.domain.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Websites, their traffic counters and access logs. */
public interface WebsiteRepository {

    Optional<Website> find(long id);

    /** The website served under this host name (lower case, without port). */
    Optional<Website> findByHostname(String hostname);

    /** P3, P6: the website that serves a host name, stored with or without {@code www.} ({@link SiteHost}). */
    default Optional<Website> findServing(String host) {
        for (String name : SiteHost.storedNames(host)) {
            Optional<Website> found = findByHostname(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Which of these host names are websites here already, in one read. */
    java.util.Set<String> existingHostnames(Collection<String> hostnames);

    /** Every website, by host name (staff screens). */
    List<Website> all();

    List<Website> ofCustomer(long customerId);

    long countOfCustomer(long customerId);

    Website add(Website website);

    /**
     * P3, P6: a website the customer no longer has, with its access log, traffic counters and
     * what the space-based retention recorded of it; imports of its logs stay, without the site.
     */
    void remove(Website website);

    /** P3: the daily counters of these websites between two days, oldest first, in one read. */
    List<TrafficDay> trafficBetween(Collection<Long> websiteIds, LocalDate from, LocalDate toInclusive);

    /** Requests counted since a day: the size of the access log without counting its rows. */
    long requestsSince(long websiteId, LocalDate from);

    /** P6: what each website's access log holds now. */
    Optional<LogUsage> logUsage(long websiteId);

    /** P6: the entries, storage and oldest entry of one website's access log. */
    record LogUsage(long websiteId, long entries, long storedBytes, java.time.Instant oldest) {}

    /** Websites by host name, a page at a time (staff screens). */
    List<Website> page(int first, int limit);

    long count();

    /** P6: what the space-based retention removed from a website, newest first. */
    List<LogRemoval> removalsOf(long websiteId, int limit);

    /** P6: one removal of the oldest entries of a website's access log. */
    record LogRemoval(
            long websiteId,
            java.time.Instant removedAt,
            String reason,
            long entries,
            long storedBytes,
            java.time.Instant oldestRemoved,
            java.time.Instant newestRemoved)
            implements Serializable {}
}
