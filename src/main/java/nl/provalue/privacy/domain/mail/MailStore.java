package nl.provalue.privacy.domain.mail;

/**
 * The mail server that holds the mailboxes (Dovecot in production). It is asked for metadata
 * only (P12: counts, sizes, received dates, flags; never a header, a body or any text of a
 * message) and told what to remove (P5).
 */
public interface MailStore {

    /** False when no mail server is configured: the figures are the embedded demo figures. */
    boolean connected();

    /**
     * What the mailbox's INBOX holds now.
     *
     * @throws MailStoreUnavailable when the server does not answer in time or at all
     * @throws UnknownMailbox when the server has no such mailbox
     */
    StoredMail status(String mailbox);

    /**
     * Removes from the INBOX what {@code expunge} names and says how many messages went.
     *
     * @throws MailStoreUnavailable when the server does not answer in time or at all
     * @throws UnknownMailbox when the server has no such mailbox
     */
    int expunge(String mailbox, Expunge expunge);

    /** The server did not answer (in time): try again later, nothing is known to have happened. */
    class MailStoreUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailStoreUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server answered that it has no such mailbox. */
    class UnknownMailbox extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownMailbox(String mailbox) {
            super("No mailbox " + mailbox + " on the mail server");
        }
    }
}
