/**
 * What the provider keeps and for how long. {@code KeptCategory} is the "What we keep and why" page
 * as data: every category with its policy ids, its purposes (P8) and its legal ground.
 * {@code RetentionRule} names each rule enforced by deleting (P3 sign-in records, P4 mail log and
 * raw log files, P5 mailboxes, P6 access logs, P7 backups); {@code RetentionRun},
 * {@code RetentionOutcome}, {@code RetentionLease} and {@code RetentionRunRepository} record the
 * runs and let one server at a time work on a rule. {@code Departure} decides what becomes of each
 * category when a customer's contract ends (P8), {@code CustomerErasure} records what was erased
 * when, {@code DepartureStore} is the port that erases it. Uses {@code domain.shared} and the
 * retention periods of {@code domain.mail}, {@code domain.backup}, {@code domain.account} and the
 * categories of {@code domain.customer}.
 */
package nl.provalue.privacy.domain.retention;
