/**
 * The customer's screens and their backing beans: home and "My data" with the contact form (P1),
 * websites and traffic (P3), mailboxes and mail log (P4, P5), the access log (P6), backups,
 * disclosures and staff openings ({@code CustomerRecordsBean}; P7, P9, P12), domains and their
 * public record (P10), "What we keep and why" and rights requests. Uses {@code application} with
 * its {@code mail}, {@code registration} and {@code rights}, domain types (values, enums,
 * {@code BackupPolicy}; no repository), {@code web}, and {@code web.rdap} ({@code RdapAnswer}, for
 * the preview of the public record).
 */
package nl.provalue.privacy.web.customer;
