package nl.provalue.privacy.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The integration-test database, reached directly from a test running outside the server. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password", ""));
    }

    /** The first column of the first row, as a long (0 when there is none). */
    public static long scalar(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A new website of a demo customer, so that a test's counts are its own. */
    public static long newWebsite(String customerNumber, String hostname) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("INSERT INTO website (customer_id,"
                + " hostname, plan_name, traffic_limit_bytes, created_at) SELECT id, ?, 'Zakelijk', 107374182400, ?"
                + " FROM customer WHERE customer_number = ?", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, hostname);
            p.setTimestamp(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)));
            p.setString(3, customerNumber);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
