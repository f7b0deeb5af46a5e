package nl.provalue.privacy.application.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.retention.RetentionOutcome;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;
import nl.provalue.privacy.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P8, P6 against MariaDB: the access log of a customer who left goes a batch at a time, each in its
 * own transaction, before the rest of the customer's erasure; a run stopped half-way leaves the
 * customer to the next run with nothing lost.
 */
@ExtendWith(ArquillianExtension.class)
class DepartedCustomerErasureIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(DepartedCustomerErasureIT.class);
    }

    @Inject
    RetentionService retention;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** Runs one statement; returns the generated key of an insert, else the rows changed. */
    private long update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            int changed = p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return sql.startsWith("INSERT") && keys.next() ? keys.getLong(1) : changed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... args) {
        return Long.parseLong(text(sql, args));
    }

    @Test
    void p8_aLargeAccessLogGoesABatchAtATimeBeforeTheCustomerIsErased() {
        String number = "PV7" + String.format("%05d", System.nanoTime() % 100_000);
        long customer = update(
                "INSERT INTO customer (customer_number, full_name, country_code, email, preferred_language,"
                        + " created_at, left_at, administration_ends_at) VALUES (?, 'Koen Vertrekker', 'NL', 'koen@vertrekker.nl', 'nl',"
                        + " UTC_TIMESTAMP(6), DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 HOUR), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 7 YEAR))",
                number);
        long site = update(
                "INSERT INTO website (customer_id, hostname, plan_name, traffic_limit_bytes, created_at)"
                        + " VALUES (?, ?, 'Basis', 10737418240, UTC_TIMESTAMP(6))",
                customer,
                "www.vertrekker-" + number.toLowerCase() + ".nl");
        for (int i = 0; i < 12; i++) {
            update(
                    "INSERT INTO access_log_entry (website_id, requested_at, client_ip, http_method, path, status_code,"
                            + " response_bytes) VALUES (?, UTC_TIMESTAMP(6), '192.0.2.9', 'GET', ?, 200, 100)",
                    site,
                    "/pagina-" + i);
        }

        RetentionRun first = retention
                .run(RetentionRule.DEPARTED_CUSTOMERS, Instant.now(), 5, 1)
                .orElseThrow();
        assertEquals(RetentionOutcome.INTERRUPTED, first.outcome(), String.valueOf(first.detail()));
        assertEquals(5, first.removed(), "one batch: five lines of the log, nothing else yet");
        assertEquals(7, count("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site));
        assertEquals(
                0,
                count("SELECT count(*) FROM customer WHERE id = ? AND erased_at IS NOT NULL", customer),
                "the customer waits for the next run");

        RetentionRun rest = retention
                .run(RetentionRule.DEPARTED_CUSTOMERS, Instant.now(), 5, 0)
                .orElseThrow();
        assertEquals(RetentionOutcome.COMPLETED, rest.outcome(), String.valueOf(rest.detail()));
        assertEquals(2, rest.batches(), "five lines, then the last two with the rest of the customer");
        assertTrue(rest.removed() > 7, "the seven lines and the customer's own erasure: " + rest.removed());
        assertEquals(0, count("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site));
        assertEquals(0, count("SELECT count(*) FROM website WHERE id = ?", site));
        assertEquals("", text("SELECT email FROM customer WHERE id = ?", customer));
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND category = 'ACCESS_LOG'",
                        customer));
    }
}
