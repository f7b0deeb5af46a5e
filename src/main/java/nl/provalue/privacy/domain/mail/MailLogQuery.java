package nl.provalue.privacy.domain.mail;

import java.time.Instant;
import java.util.Locale;

/**
 * P4: a filter over a customer's mail log: one of their mailboxes (as sender or recipient), part of
 * an address, a delivery status, and a time window; newest or oldest first.
 */
public record MailLogQuery(String mailbox, String address, String status, Instant from, Instant until,
                           boolean newestFirst) {

    public static final MailLogQuery ALL = new MailLogQuery(null, null, null, null, null, true);

    public MailLogQuery {
        mailbox = blankToNull(mailbox);
        address = blankToNull(address);
        status = blankToNull(status);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
