package nl.provalue.privacy.domain.mail;

/**
 * P5: what the mail server removes from a mailbox's INBOX for its retention setting, decided here
 * once for the connector and the tests.
 *
 * <ul>
 * <li>"keep a copy for N days" (POP3): messages received more than N days ago;</li>
 * <li>"delete on fetch" (POP3): messages that were fetched, which the server marks as seen when a
 *     POP3 client retrieves them;</li>
 * <li>"keep until I delete them" (POP3, IMAP, webmail): nothing;</li>
 * <li>the customer has left (P8): everything.</li>
 * </ul>
 *
 * @param kind what is removed
 * @param days for {@link Kind#RECEIVED_BEFORE}, the age in days
 */
public record Expunge(Kind kind, int days) {

    public enum Kind {
        /** Received more than {@code days} days ago. */
        RECEIVED_BEFORE,
        /** Retrieved by a POP3 client (seen). */
        FETCHED,
        /** Nothing at all. */
        NOTHING,
        /** Every message: the customer's contract has ended (P8). */
        EVERYTHING
    }

    public Expunge {
        if (kind == Kind.RECEIVED_BEFORE && (days < 1 || days > Mailbox.MAX_KEEP_DAYS)) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        if (kind != Kind.RECEIVED_BEFORE && days != 0) {
            throw new IllegalArgumentException("days only with RECEIVED_BEFORE");
        }
    }

    /** P5: the removal a setting asks for. */
    public static Expunge forSetting(MailRetentionMode mode, Integer keepDays) {
        return switch (mode) {
            case KEEP_COPY_DAYS -> new Expunge(Kind.RECEIVED_BEFORE, keepDays);
            case DELETE_ON_FETCH -> new Expunge(Kind.FETCHED, 0);
            case KEEP_UNTIL_DELETED -> new Expunge(Kind.NOTHING, 0);
        };
    }

    /** P8: what goes when the customer has left: the whole INBOX. */
    public static Expunge everything() {
        return new Expunge(Kind.EVERYTHING, 0);
    }

    public boolean removesAnything() {
        return kind != Kind.NOTHING;
    }
}
