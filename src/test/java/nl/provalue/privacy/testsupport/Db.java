package nl.provalue.privacy.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The integration-test database, reached directly from a test running outside the server. */
public final class Db {

    private Db() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password", ""));
    }

    /** The first column of the first row, as a long (0 when there is none). */
    public static long scalar(String sql, Object... args) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(sql)) {
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
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO website (customer_id,"
                                + " hostname, plan_name, traffic_limit_bytes, created_at) SELECT id, ?, 'Zakelijk', 107374182400, ?"
                                + " FROM customer WHERE customer_number = ?",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, hostname);
            p.setTimestamp(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)));
            p.setString(3, customerNumber);
            return insert(p);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement (a test's own setup), returning the number of rows changed. */
    public static int update(String sql, Object... args) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * A customer with a login of the test's own, so that what the test does to it (a second
     * factor, a lock, a new password) touches no account other tests sign in with.
     */
    public static long newCustomerAccount(String username, String password, String email) {
        long customer = newCustomerWithoutLogin("Test " + username, email);
        try (Connection c = connect()) {
            return account(
                    c,
                    username,
                    password,
                    "CUSTOMER",
                    customer,
                    null,
                    java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Customer numbers of tests' own customers: PV9xxxxx, after the highest one there is. */
    private static synchronized String nextCustomerNumber(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT MAX(customer_number) FROM customer WHERE customer_number LIKE 'PV9%'")) {
            String last = rs.next() ? rs.getString(1) : null;
            return "PV" + (last == null ? 900001 : Integer.parseInt(last.substring(2)) + 1);
        }
    }

    /** A customer of the test's own who has no login yet; returns the customer's id. */
    public static long newCustomerWithoutLogin(String fullName, String email) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO customer (customer_number,"
                                + " full_name, country_code, email, preferred_language, created_at) VALUES (?, ?, 'NL', ?, 'nl', ?)",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, nextCustomerNumber(c));
            p.setString(2, fullName);
            p.setString(3, email);
            p.setTimestamp(4, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)));
            return insert(p);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text (null when there is none). */
    public static String string(String sql, Object... args) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A staff member with a login of the test's own, without a second factor yet. */
    public static long newStaffAccount(String username, String password, String email) {
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        try (Connection c = connect()) {
            long staff;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO staff_member (full_name, email, job_title, created_at)" + " VALUES (?, ?, 'Test', ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, "Test " + username);
                p.setString(2, email);
                p.setTimestamp(3, now);
                staff = insert(p);
            }
            return account(c, username, password, "STAFF", null, staff, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long account(
            Connection c,
            String username,
            String password,
            String role,
            Long customer,
            Long staff,
            java.sql.Timestamp now)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, role, customer_id,"
                        + " staff_member_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, username);
            p.setString(2, new nl.provalue.privacy.domain.account.PasswordHasher(1000).hash(password.toCharArray()));
            p.setString(3, role);
            p.setObject(4, customer);
            p.setObject(5, staff);
            p.setTimestamp(6, now);
            return insert(p);
        }
    }

    /** A login of the test's own for an existing customer (one the customer system made, say). */
    public static long loginFor(long customerId, String username, String password) {
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        try (Connection c = connect()) {
            return account(c, username, password, "CUSTOMER", customerId, null, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an INSERT and returns the key the database generated. */
    private static long insert(PreparedStatement p) throws SQLException {
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
