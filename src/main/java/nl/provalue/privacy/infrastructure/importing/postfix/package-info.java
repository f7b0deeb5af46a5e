/**
 * P4: reading the Postfix mail log. {@code PostfixLogParser} reads a syslog line into a
 * {@code PostfixLine}; {@code MailLogAssembler} joins them by queue id into one
 * {@code MailDelivery} per recipient: sender, recipient, size, time and status, nothing of a
 * message's content (P12). Pure parsing: uses nothing of the portal.
 */
package nl.provalue.privacy.infrastructure.importing.postfix;
