package nl.provalue.privacy.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A customer of the test's own with a login, a website, a mailbox and a domain, and as many
 * mail-log and access-log lines as asked (written by MariaDB itself from its sequence tables, a
 * million in a few seconds), next to another customer whose audit trail holds as many staff
 * openings as asked. Mail-log lines lie 2.3 s apart, newest an hour ago, within the 28 days up to
 * a million; access-log lines likewise.
 */
public record BusyCustomer(String username, long customerId, String customerNumber, long siteId, String host) {

    public static final String PASSWORD = "Een lange zin als wachtwoord";
    /** Between two mail-log lines and between two access-log lines. */
    public static final long SPACING_MILLIS = MailLogRows.SPACING_MILLIS;

    public static BusyCustomer create(String prefix, long mailLines, long accessLines, long auditEvents) {
        long run = System.nanoTime() % 10_000_000;
        String user = prefix + "." + run;
        long account = Db.newCustomerAccount(user, PASSWORD, user + "@example.nl");
        long customer = Db.scalar("select customer_id from user_account where id = ?", account);
        String number = Db.string("select customer_number from customer where id = ?", customer);
        String host = prefix.replace('.', '-') + "-" + run + ".nl";
        long site = Db.newWebsite(number, host);
        try {
            fill(customer, site, host, mailLines, accessLines, auditEvents);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new BusyCustomer(user, customer, number, site, host);
    }

    /** The time of the newest line (an hour before the customer was made), to the second. */
    public static Timestamp newest() {
        return Timestamp.valueOf(
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(1));
    }

    private static void fill(long customer, long site, String host, long mailLines, long accessLines, long auditEvents)
            throws SQLException {
        Timestamp newest = newest();
        try (Connection c = Db.connect()) {
            try (PreparedStatement p = c.prepareStatement(
                    "insert into mailbox (customer_id, address, retention_mode,"
                            + " messages_stored, bytes_stored, created_at) values (?, ?, 'KEEP_UNTIL_DELETED', 0, 0, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, customer);
                p.setString(2, "info@" + host);
                p.setTimestamp(3, newest);
                p.executeUpdate();
                try (var keys = p.getGeneratedKeys();
                        Statement s = c.createStatement()) {
                    keys.next();
                    s.executeUpdate("insert into mailbox_protocol (mailbox_id, protocol) values (" + keys.getLong(1)
                            + ", 'IMAP')");
                }
            }
            try (PreparedStatement p = c.prepareStatement("insert into domain_name (customer_id, name, registered_on,"
                    + " expires_on) values (?, ?, current_date - interval 1 year, current_date + interval 1 year)")) {
                p.setLong(1, customer);
                p.setString(2, host);
                p.executeUpdate();
            }
            if (mailLines > 0) {
                MailLogRows.insert(c, customer, "info@" + host, newest, mailLines);
            }
            if (accessLines > 0) {
                try (PreparedStatement p = c.prepareStatement("insert into access_log_entry (website_id, requested_at,"
                        + " client_ip, http_method, path, status_code, response_bytes) select ?,"
                        + " timestampadd(microsecond, -seq * " + SPACING_MILLIS * 1000
                        + ", ?), concat('192.0.2.', seq mod 250),"
                        + " 'GET', concat('/pagina/', seq mod 1000), 200, 500 + seq mod 20000 from seq_1_to_"
                        + accessLines)) {
                    p.setLong(1, site);
                    p.setTimestamp(2, newest);
                    p.executeUpdate();
                }
            }
            if (auditEvents > 0) {
                long other =
                        Db.newCustomerWithoutLogin("Andere Klant " + customer, "andere" + customer + "@example.nl");
                try (PreparedStatement p = c.prepareStatement("insert into audit_event (occurred_at, actor_username,"
                        + " actor_role, action, customer_id, reason, purpose_code, opening_id)"
                        + " select timestampadd(second, -seq, ?), 'medewerker', 'STAFF', 'STAFF_VIEWED_CUSTOMER_DATA', ?,"
                        + " 'Vraag van de klant', 'CUSTOMER_QUESTION', concat('bench-', ?, '-', seq div 10)"
                        + " from seq_1_to_" + auditEvents)) {
                    p.setTimestamp(1, newest);
                    p.setLong(2, other);
                    p.setLong(3, other);
                    p.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze table mail_log_entry, access_log_entry, audit_event");
            }
        }
    }
}
