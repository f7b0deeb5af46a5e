package nl.provalue.privacy.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and recreates the integration-test database before the test server starts, so that
 * every run begins from nothing and the schema is built by the application's own migrations.
 * Arguments: server URL (without database), database name, user, password.
 */
public final class ResetDatabase {

    private ResetDatabase() {}

    public static void main(String[] args) throws SQLException {
        String serverUrl = args[0];
        String database = args[1];
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        String password = args.length > 3 ? args[3] : "";
        try (Connection c = DriverManager.getConnection(serverUrl, args[2], password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("Integration-test database " + database + " recreated at " + serverUrl);
    }
}
