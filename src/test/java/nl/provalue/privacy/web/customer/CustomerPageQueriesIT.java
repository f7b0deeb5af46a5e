package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provalue.privacy.testsupport.BusyCustomer;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.RowsRead;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P4/P6 at scale, as the customer meets it: one customer with a million mail-log lines and a
 * million access-log lines, next to an audit trail of staff work on other customers. Every customer
 * page and every GET of the customer's API is requested while MariaDB's general log records what the
 * server sends, so the test sees every statement a page issues.
 *
 * <ul>
 * <li>Each page issues no more statements than its budget below (the fewest of five requests, so
 * that a background job running at the same moment does not count; the mail outbox's poll, which
 * runs every few seconds and never for a page, is left out).</li>
 * <li>Each SELECT of a page is run again on the test's own connection: MariaDB's handler counters
 * for that connection show how many rows it read, which may be no more than it returns plus a
 * constant; a count capped by a LIMIT may read its cap twice. {@code EXPLAIN} may show no full scan
 * of a table that grows with the data.</li>
 * </ul>
 *
 * Figures go to target/perf/customer-page-queries.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerPageQueriesIT {

    private static final int ROWS = 1_000_000;
    private static final int AUDIT_ROWS = 200_000;
    /** What a statement may read beyond what it returns: index look-ups, small reference tables. */
    private static final long SLACK = 100;
    /** Tables with this many rows or more may not be read whole. */
    private static final long LARGE = 10_000;

    private static final Pattern CAPPED_COUNT = Pattern.compile("(?is)count\\(.*\\blimit\\s+(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    private final List<String> report = new ArrayList<>();

    @Test
    void p4_p6_everyCustomerPageIssuesAFewStatementsAndNoneReadsMoreThanItReturns() throws Exception {
        BusyCustomer busy = BusyCustomer.create("drukke.klant", ROWS, ROWS, AUDIT_ROWS);
        String user = busy.username();
        long site = busy.siteId();
        // Two more websites: the websites page reads the same few statements for three as for one.
        Db.newWebsite(busy.customerNumber(), "tweede-" + busy.host());
        Db.newWebsite(busy.customerNumber(), "derde-" + busy.host());

        // What each page issues today, for a customer with one of each: the sign-in check, the
        // name in the header, and the page's own reads in one transaction. A page that starts
        // issuing more (a read per row, a look-up that was once per login) fails here.
        Map<String, Integer> budgets = new LinkedHashMap<>();
        budgets.put("/customer/", 13);
        budgets.put("/customer/my-data.xhtml", 6);
        budgets.put("/customer/websites.xhtml", 5);
        budgets.put("/customer/access-log.xhtml?site=" + site, 7);
        budgets.put("/customer/mail.xhtml", 11);
        budgets.put("/customer/domains.xhtml", 6);
        budgets.put("/customer/backups.xhtml", 3);
        budgets.put("/customer/disclosures.xhtml", 5);
        budgets.put("/customer/rights.xhtml", 3);
        budgets.put("/customer/what-we-keep.xhtml", 17);
        budgets.put("/api/me", 5);
        budgets.put("/api/me/mailboxes", 3);
        budgets.put("/api/me/mail-log?limit=100", 2);
        budgets.put("/api/me/rights-requests", 2);

        PortalHttp http = new PortalHttp(base).login(user, BusyCustomer.PASSWORD);
        try (Connection c = Db.connect();
                Statement s = c.createStatement()) {
            String database = c.getCatalog();
            String output;
            try (ResultSet rs = s.executeQuery("select @@global.log_output")) {
                rs.next();
                output = rs.getString(1);
            }
            s.execute("set global log_output = 'TABLE'");
            s.execute("set global general_log = 1");
            try {
                for (Map.Entry<String, Integer> page : budgets.entrySet()) {
                    check(c, database, http, page.getKey(), page.getValue());
                }
                // The API's next page, deep in the log: by its cursor, as the mail page does. Each
                // page starts right after the one before: 2.3 s apart, none left out, none twice.
                String deep = "/api/me/mail-log?limit=100";
                String lastOfPage = null;
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> r = http.get(deep);
                    JsonArray lines =
                            Json.createReader(new StringReader(r.body())).readArray();
                    assertEquals(100, lines.size());
                    if (lastOfPage != null) {
                        assertEquals(
                                Instant.parse(lastOfPage).minusMillis(BusyCustomer.SPACING_MILLIS),
                                Instant.parse(lines.getJsonObject(0).getString("sentAt")),
                                "the next page follows on");
                    }
                    lastOfPage = lines.getJsonObject(99).getString("sentAt");
                    deep = next(r);
                }
                for (String bad : List.of("after=12-x", "after=", "limit=0", "limit=501")) {
                    HttpResponse<String> r = http.get("/api/me/mail-log?" + bad);
                    assertEquals(400, r.statusCode(), bad);
                    assertTrue(
                            r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                            bad);
                }
                check(c, database, http, deep, 2);
            } finally {
                s.execute("set global general_log = 0");
                s.execute("truncate table mysql.general_log");
                s.execute("set global log_output = '" + output + "'");
                Path out = Path.of("target/perf");
                Files.createDirectories(out);
                Files.write(out.resolve("customer-page-queries.txt"), report);
            }
        }
    }

    /** The path of the answer's {@code Link: <...>; rel="next"}, which must be there. */
    private static String next(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        String link = r.headers().firstValue("Link").orElseThrow(() -> new AssertionError("no next link"));
        Matcher m = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        assertTrue(m.find(), link);
        return URI_PATH.matcher(m.group(1)).replaceFirst("");
    }

    private static final Pattern URI_PATH = Pattern.compile("^https?://[^/]+");

    private void check(Connection c, String database, PortalHttp http, String path, int budget) throws SQLException {
        List<String> fewest = null;
        for (int i = 0; i < 5; i++) {
            List<String> statements = statementsOf(c, database, () -> {
                HttpResponse<String> r = http.get(path);
                assertEquals(200, r.statusCode(), path + " answered " + r.statusCode());
            });
            if (fewest == null || statements.size() < fewest.size()) {
                fewest = statements;
            }
        }
        report.add(String.format(Locale.ROOT, "%s: %d statements (budget %d)", path, fewest.size(), budget));
        for (String sql : fewest) {
            report.add("    " + sql.replaceAll("\\s+", " "));
        }
        assertTrue(
                fewest.size() <= budget,
                path + " issued " + fewest.size() + " statements, more than its budget of " + budget + ":\n"
                        + String.join("\n", fewest));
        for (String sql : fewest) {
            if (sql.stripLeading().toLowerCase(Locale.ROOT).startsWith("select")) {
                rowsRead(c, path, sql);
            }
        }
    }

    /** The statements the server sent for what {@code request} does, from MariaDB's general log. */
    private static List<String> statementsOf(Connection c, String database, Runnable request) throws SQLException {
        Timestamp from = marker(c);
        request.run();
        Timestamp to = marker(c);
        List<String> found = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select argument from mysql.general_log"
                + " where event_time between ? and ? and command_type in ('Query', 'Execute')"
                + " and thread_id in (select id from information_schema.processlist where db = ?)"
                + " and thread_id <> connection_id() order by event_time")) {
            p.setTimestamp(1, from);
            p.setTimestamp(2, to);
            p.setString(3, database);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String sql = rs.getString(1);
                    String lower = sql.stripLeading().toLowerCase(Locale.ROOT);
                    if (lower.matches("(?s)(select|insert|update|delete|with|replace)\\b.*")
                            && !lower.contains(" mail_outbox ")) {
                        found.add(sql);
                    }
                }
            }
        }
        return found;
    }

    /** A line in the general log from the test's own connection; the time it was logged. */
    private static Timestamp marker(Connection c) throws SQLException {
        String mark = "marker " + UUID.randomUUID();
        try (PreparedStatement p = c.prepareStatement("select ?")) {
            p.setString(1, mark);
            p.executeQuery().close();
        }
        try (PreparedStatement p = c.prepareStatement("select max(event_time) from mysql.general_log"
                + " where thread_id = connection_id() and argument like ?")) {
            p.setString(1, "%" + mark + "%");
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }

    /** Runs a page's SELECT again and checks what MariaDB read for it and how it planned it. */
    private void rowsRead(Connection c, String path, String sql) throws SQLException {
        long overhead = RowsRead.sum(c);
        overhead = RowsRead.sum(c) - overhead;
        long before = RowsRead.sum(c);
        long returned = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                returned++;
            }
        }
        long read = RowsRead.sum(c) - before - overhead;
        Matcher capped = CAPPED_COUNT.matcher(sql);
        long allowed = capped.find() ? 2 * Long.parseLong(capped.group(1)) + SLACK : returned + SLACK;
        report.add(String.format(Locale.ROOT, "      returns %,d, reads %,d (at most %,d)", returned, read, allowed));
        assertTrue(read <= allowed, path + ": read " + read + " rows to return " + returned + ": " + sql);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                String table = rs.getString("table");
                if ("ALL".equals(rs.getString("type"))
                        && table != null
                        && !table.startsWith("<")
                        && rowsOf(c, table) >= LARGE) {
                    throw new AssertionError(path + ": full scan of " + table + ": " + sql);
                }
            }
        }
    }

    private static long rowsOf(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select table_rows from information_schema.tables"
                + " where table_schema = database() and table_name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
