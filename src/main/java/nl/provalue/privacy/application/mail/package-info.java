/**
 * P4, P5: {@code MailService}, a customer's mailboxes (what each keeps on the server, live from the
 * mail server with the last known figures as fallback) and the mail log of their mailboxes and
 * domains; only the customer changes a retention setting, and that is audited. Guarded by
 * {@code CustomerDataAccess} like all customer data, metadata only (P12). {@code MailServerWatch}
 * logs once when the mail server stops or starts answering. {@code MailLogIntake} takes imported
 * deliveries into the mail log, each with the customer it belongs to (P4). Uses {@code application} and
 * {@code domain.mail}, {@code domain.audit}, {@code domain.account}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.mail;
