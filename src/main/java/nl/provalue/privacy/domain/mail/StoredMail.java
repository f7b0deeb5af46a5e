package nl.provalue.privacy.domain.mail;

import java.time.Instant;

/**
 * P5: what the mail server holds in a mailbox's INBOX: counts, size and the received date of the
 * oldest message (P12: metadata only, never headers or content).
 *
 * @param oldestReceived null when the INBOX is empty
 */
public record StoredMail(int messages, long bytes, Instant oldestReceived) {}
