/**
 * Websites and their logs. P3: the {@code Website} on a plan with a monthly traffic limit, its
 * daily counter {@code TrafficDay} and {@code TrafficUsage} against the limit. P6: every visit as
 * an {@code AccessLogEntry} (IP address, page, time, bytes), read a page at a time by keyset
 * ({@code AccessLogQuery}) and kept as long as the space-based rule {@code AccessLogBudget} allows.
 * {@code WebsiteRepository} and {@code AccessLogRepository} are the stores' interfaces for reading;
 * {@code AccessLogStore} is the one writer of the access-log tables (entries, traffic counters,
 * usage, removals). {@code SiteHost} says which website a host name means. Uses only
 * {@code domain.customer} and {@code domain.shared}.
 */
package nl.provalue.privacy.domain.web;
