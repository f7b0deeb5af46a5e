/**
 * What every aggregate shares: {@code Purpose}, why data is kept (P8: profile data only for
 * communication and administration; the other purposes are those the logs, backups, WHOIS and
 * disclosures name), {@code PolicyClock} (instants in UTC, days as Amsterdam reads them),
 * {@code PolicyViolationException}, whose message key carries the policy id,
 * {@code NotFoundException}, and where a keyset page of a log starts and ends ({@code LogPosition},
 * {@code KeysetScan}; P4, P6). Uses nothing of the portal, so every other domain package can use
 * it.
 */
package nl.provalue.privacy.domain.shared;
