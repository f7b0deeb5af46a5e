package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.web.AccessLogEntry;
import nl.provalue.privacy.domain.web.AccessLogQuery;
import nl.provalue.privacy.domain.web.AccessLogRepository;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.RowsRead;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P6 at scale: one site with a million access-log rows in MariaDB. Paging stays correct deep into
 * the log, and the page query walks the (website_id, requested_at, id) index instead of sorting
 * or skipping rows; filters on address or page read no more than their scan window. Times are written to target/perf/access-log-paging.txt for
 * docs/performance.md; nothing here asserts a time.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogPagingIT {

    private static final int ROWS = 1_000_000;
    /** What a query may read beyond what it is allowed: index look-ups, the counters themselves. */
    private static final long SLACK = 100;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(AccessLogPagingIT.class, RowsRead.class, RowsRead.Counted.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    CustomerRepository customers;

    @Inject
    WebsiteRepository websites;

    @Inject
    AccessLogRepository accessLogs;

    @Test
    void p6_millionRowLogPagesByKeysetOnTheIndex() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(200_000, 999_999);
        tx.begin();
        Customer customer = customers.add(new Customer(
                CustomerNumber.of(n),
                new ContactDetails(
                        "Groot Log " + n, null, "Weg 1", "1000 AA", "Amsterdam", "NL", null, "log" + n + "@example.nl"),
                "nl",
                Instant.now()));
        Website site =
                websites.add(new Website(customer, "www.grootlog" + n + ".nl", "Zakelijk", 50L << 30, Instant.now()));
        tx.commit();

        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into access_log_entry (website_id, requested_at, client_ip, http_method, path, status_code, response_bytes)"
                                + " select ?, timestampadd(second, seq * 17, '2026-01-01 00:00:00'),"
                                + " concat('10.', seq mod 256, '.', (seq div 256) mod 256, '.', seq mod 7),"
                                + " 'GET', concat('/pagina/', seq mod 1000), 200, seq mod 50000 from seq_1_to_"
                                + ROWS)) {
            s.setLong(1, site.id());
            assertEquals(ROWS, s.executeUpdate());
        }
        report.add(String.format("insert %,d rows (INSERT ... SELECT from seq_1_to_%d): %d ms", ROWS, ROWS, ms(t0)));

        // The page query, as the repository sends it, reads one page of rows from the site/time
        // index, however deep the cursor lies, and never sorts.
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String cursor = "'2026-04-01 00:00:00'";
            String pageSql = "select * from access_log_entry force index (ix_access_log_site_time) where website_id = "
                    + site.id() + " and requested_at <= " + cursor + " and (requested_at < " + cursor
                    + " or (requested_at = " + cursor
                    + " and id < 999999999)) order by requested_at desc, id desc limit 51";
            ResultSet plan = s.executeQuery("explain " + pageSql);
            assertTrue(plan.next());
            String key = plan.getString("key");
            String extra = String.valueOf(plan.getString("Extra"));
            report.add("plan: type=" + plan.getString("type") + ", key=" + key + ", extra=" + extra);
            assertEquals("range", plan.getString("type"));
            assertEquals("ix_access_log_site_time", key);
            assertTrue(!extra.contains("filesort"), extra);
            ResultSet analyzed = s.executeQuery("analyze format=json " + pageSql);
            assertTrue(analyzed.next());
            String json = analyzed.getString(1);
            java.util.regex.Matcher rows =
                    java.util.regex.Pattern.compile("\"r_rows\": ([0-9.]+)").matcher(json);
            assertTrue(rows.find(), json);
            double read = Double.parseDouble(rows.group(1));
            report.add("rows read for a page ~500,000 rows deep: " + read);
            assertTrue(read <= 51, "reads a page, not the rows before it: " + read);
        }

        AccessLogQuery query = AccessLogQuery.firstPage(site.id(), 50);
        long first = System.nanoTime();
        List<AccessLogEntry> page = accessLogs.page(query).rows();
        report.add(String.format("first page: %.1f ms", (System.nanoTime() - first) / 1e6));
        assertEquals(51, page.size(), "a page and one row to tell more follow");
        Instant newest = START.plusSeconds(17L * ROWS);
        assertEquals(newest, page.get(0).requestedAt());

        // Walk 1,000 pages (50,000 rows) deep; every page continues exactly where the last one ended.
        long walk = System.nanoTime();
        AccessLogEntry last = page.get(49);
        int pages = 1_000;
        for (int i = 1; i < pages; i++) {
            page = accessLogs
                    .page(query.continueFrom(last.requestedAt(), last.id(), false))
                    .rows();
            assertEquals(last.requestedAt().minusSeconds(17), page.get(0).requestedAt());
            last = page.get(49);
        }
        report.add(String.format(
                "%d consecutive pages of 50 (down to row %,d): %.2f ms per page",
                pages, pages * 50, (System.nanoTime() - walk) / 1e6 / (pages - 1)));
        assertEquals(newest.minusSeconds(17L * (pages * 50 - 1)), last.requestedAt());

        // A page far back in time, found by a date filter, costs what the first page costs.
        long deep = System.nanoTime();
        AccessLogQuery old = new AccessLogQuery(
                site.id(), START, START.plus(2, ChronoUnit.DAYS), null, null, true, null, null, false, 50);
        List<AccessLogEntry> oldPage = accessLogs.page(old).rows();
        report.add(String.format(
                "page at the far end (date filter, ~1,000,000 rows back): %.1f ms", (System.nanoTime() - deep) / 1e6));
        assertTrue(oldPage.get(0).requestedAt().isBefore(START.plus(2, ChronoUnit.DAYS)));

        // Filters on address or page look at no more than the scan window per page, whether they
        // match every line (then a short first look is enough), one in 256 or none, and the next
        // page looks on from where this one stopped.
        RowsRead rowsRead = new RowsRead(dataSource);
        long allowed = 2L * AccessLogQuery.SCAN_WINDOW + SLACK;
        tx.begin();
        try {
            AccessLogQuery everyLine =
                    new AccessLogQuery(site.id(), null, null, "10.", null, true, null, null, false, 50);
            AccessLogRepository.Scan all = filtered(
                    report,
                    rowsRead,
                    "IP prefix '10.' (every line)",
                    everyLine,
                    AccessLogQuery.FIRST_LOOK + 51 + SLACK);
            assertEquals(51, all.rows().size(), "a full page and one row to tell more follow");

            AccessLogQuery rare = new AccessLogQuery(site.id(), null, null, "10.7.", null, true, null, null, false, 50);
            AccessLogRepository.Scan firstRare =
                    filtered(report, rowsRead, "IP prefix '10.7.' (1 line in 256)", rare, allowed);
            assertTrue(
                    firstRare.rows().size() < 51,
                    "10,000 lines hold 39 such lines: " + firstRare.rows().size());
            assertTrue(firstRare.rows().stream().allMatch(e -> e.clientIp().startsWith("10.7.")));
            assertEquals(
                    newest.minusSeconds(17L * (AccessLogQuery.SCAN_WINDOW - 1)),
                    firstRare.lookedTo().at(),
                    "the window ends at the 10,000th line");
            AccessLogRepository.Scan further = filtered(
                    report,
                    rowsRead,
                    "the same, looking on from there",
                    rare.continueFrom(firstRare.lookedTo(), false),
                    allowed);
            assertEquals(
                    firstRare.lookedTo().at().minusSeconds(17L * AccessLogQuery.SCAN_WINDOW),
                    further.lookedTo().at());
            AccessLogEntry lastOfFirst = firstRare.rows().get(firstRare.rows().size() - 1);
            assertEquals(
                    lastOfFirst.requestedAt().minusSeconds(17L * 256),
                    further.rows().get(0).requestedAt(),
                    "the next match after the window, none skipped");

            AccessLogQuery none =
                    new AccessLogQuery(site.id(), null, null, null, "/bestaat-niet", true, null, null, false, 50);
            AccessLogRepository.Scan nothing =
                    filtered(report, rowsRead, "page prefix matching nothing", none, allowed);
            assertTrue(nothing.rows().isEmpty());
            assertTrue(nothing.lookedTo() != null, "the log goes on beyond the window");

            AccessLogQuery oldestFirst =
                    new AccessLogQuery(site.id(), null, null, null, "/bestaat-niet", false, null, null, false, 50);
            filtered(report, rowsRead, "the same, oldest first", oldestFirst, allowed);
        } finally {
            tx.commit();
        }
        long oldest = System.nanoTime();
        assertEquals(START.plusSeconds(17), accessLogs.oldestEntry(site.id()).orElseThrow());
        report.add(String.format(
                "how far back the log reaches (min over the index): %.1f ms", (System.nanoTime() - oldest) / 1e6));

        write(report);
    }

    private AccessLogRepository.Scan filtered(
            List<String> report, RowsRead rowsRead, String what, AccessLogQuery q, long allowed) throws Exception {
        RowsRead.Counted<AccessLogRepository.Scan> counted = rowsRead.of(() -> accessLogs.page(q));
        report.add(String.format(
                "%s: %d rows found, %,d rows read, %.1f ms",
                what, counted.result().rows().size(), counted.rows(), counted.millis()));
        assertTrue(counted.rows() <= allowed, what + ": read " + counted.rows() + " rows, more than " + allowed);
        return counted.result();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void write(List<String> report) throws IOException {
        String dir = System.getProperty("server.config.dir");
        Path out = Path.of(
                System.getProperty("portal.perf.dir", dir == null ? "target/perf" : dir + "/../../../../../perf"));
        Files.createDirectories(out);
        Files.write(out.resolve("access-log-paging.txt"), report);
        report.forEach(System.out::println);
    }
}
