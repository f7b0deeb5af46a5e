package nl.provalue.privacy.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Many mail-log lines for one customer in one statement (MariaDB's sequence engine), one every
 * {@link #SPACING_MILLIS} ms back from a given time: nine in ten delivered, some deferred, a few
 * bounced, one in a hundred expired; 5,000 different senders.
 */
public final class MailLogRows {

    /** Between two lines. */
    public static final long SPACING_MILLIS = 2300;

    private MailLogRows() {}

    /** Adds {@code lines} lines to {@code recipient}, the newest {@link #SPACING_MILLIS} ms before {@code newest}. */
    public static void insert(Connection c, long customerId, String recipient, Timestamp newest, long lines)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into mail_log_entry (customer_id, queue_id, sender,"
                + " recipient, size_bytes, sent_at, status) select ?, concat('Q', ?, 'X', seq),"
                + " concat('afzender', seq mod 5000, '@example.org'), ?, 1000 + seq mod 90000,"
                + " timestampadd(microsecond, -seq * " + SPACING_MILLIS * 1000 + ", ?),"
                + " case when seq mod 100 < 90 then 'sent' when seq mod 100 < 96 then 'deferred'"
                + " when seq mod 100 < 99 then 'bounced' else 'expired' end from seq_1_to_" + lines)) {
            p.setLong(1, customerId);
            p.setLong(2, customerId);
            p.setString(3, recipient);
            p.setTimestamp(4, newest);
            if (p.executeUpdate() != lines) {
                throw new IllegalStateException("not every line went in");
            }
        }
    }
}
