package nl.provalue.privacy.domain.mail;

import java.time.Instant;

/** P4: one line of a customer's mail log as the customer gets it; never a subject or content (P12). */
public record StoredMailLine(long id, Instant sentAt, String sender, String recipient, long sizeBytes, String status) {

    /** P4: when this line is deleted, by the same rule as the stored entry's. */
    public Instant deletionDue() {
        return MailLogRetention.deletionDue(sentAt);
    }
}
