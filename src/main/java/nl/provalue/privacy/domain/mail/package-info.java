/**
 * Mail. P4: the mail log ({@code MailLogEntry}: sender, recipient, size, date), searched by keyset
 * ({@code MailLogQuery}), kept four weeks ({@code MailLogRetention}), written only through
 * {@code MailLogStore}; whose log a delivery is in is {@code MailOwnership}. P5: the {@code Mailbox}
 * with its protocols and its setting for fetched mail ({@code MailProtocol},
 * {@code MailRetentionMode}), what the server holds ({@code StoredMail}) and what it must remove
 * ({@code Expunge}), through the {@code MailStore} interface. P12: metadata only; no type here has
 * a field for a subject or a body. {@code MailRepository} is the store's interface. Uses only
 * {@code domain.customer} and {@code domain.shared}.
 */
package nl.provalue.privacy.domain.mail;
