package nl.provalue.privacy.domain.mail;

/** P5: what happens to a message on the server once the customer has fetched it. */
public enum MailRetentionMode {
    /** POP3 without "leave a copy on the server": fetching removes the message. */
    DELETE_ON_FETCH,
    /** A copy stays until the customer deletes it (always so for IMAP and webmail). */
    KEEP_UNTIL_DELETED,
    /** POP3 with "leave a copy" for a number of days the customer chose. */
    KEEP_COPY_DAYS
}
