package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.mail.MailLogEntry;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.testsupport.MailLogRows;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.RowsRead;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P4 at scale: one customer with a million mail-log lines in the 28 days, in MariaDB. Every query
 * the mail page sends (a page, newest or oldest first, at the start and deep into the log, under a
 * status filter; the statuses for the filter; the capped count) reads about as many rows as it
 * returns, however many the customer has. Rows read are MariaDB's own handler counters for the
 * connection the query ran on, read before and after. Figures go to target/perf/mail-log-paging.txt.
 */
@ExtendWith(ArquillianExtension.class)
class MailLogPagingIT {

    private static final int ROWS = 1_000_000;
    /** What a query may read beyond the rows it returns: index look-ups, the status read itself. */
    private static final long SLACK = 100;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(
                MailLogPagingIT.class, RowsRead.class, RowsRead.Counted.class, MailLogRows.class);
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    CustomerRepository customers;

    @Inject
    MailRepository mail;

    private final List<String> report = new ArrayList<>();
    private RowsRead rowsRead;

    @Test
    void p4_aMillionLinesPageByKeysetAndNoQueryReadsMoreThanItReturns() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(200_000, 999_999);
        tx.begin();
        Customer customer = customers.add(new Customer(
                CustomerNumber.of(n),
                new ContactDetails(
                        "Drukke Mail " + n,
                        null,
                        "Weg 1",
                        "1000 AA",
                        "Amsterdam",
                        "NL",
                        null,
                        "mail" + n + "@example.nl"),
                "nl",
                Instant.now()));
        tx.commit();
        long id = customer.id();
        rowsRead = new RowsRead(dataSource);

        // A million lines in the last 27 days (one every 2.3 s): nine in ten delivered, some
        // deferred, a few bounced, one in a hundred expired.
        Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            MailLogRows.insert(
                    c,
                    id,
                    "info@drukkemail.nl",
                    java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(newest, java.time.ZoneOffset.UTC)),
                    ROWS);
        }
        report.add(String.format("insert %,d lines: %d ms", ROWS, (System.nanoTime() - t0) / 1_000_000));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("analyze table mail_log_entry");
        }

        tx.begin();
        try {
            MailLogQuery first = new MailLogQuery(null, null, null, null, null, true);
            List<MailLogEntry> page = measured("first page, newest first", 26, () -> mail.logPage(id, first))
                    .rows();
            assertEquals(26, page.size(), "a page and one line to tell more follow");
            assertEquals(newest.minusMillis(2300), page.get(0).sentAt());

            // 400 pages (10,000 lines) deep by cursor; each page starts where the last ended.
            MailLogEntry last = page.get(24);
            for (int i = 0; i < 400; i++) {
                page = mail.logPage(id, first.continueFrom(last.sentAt(), last.id(), false))
                        .rows();
                assertEquals(last.sentAt().minusMillis(2300), page.get(0).sentAt());
                last = page.get(24);
            }
            MailLogEntry deep = last;
            page = measured(
                    "a page 10,000 lines deep",
                    26,
                    () -> mail.logPage(id, first.continueFrom(deep.sentAt(), deep.id(), false))
                            .rows());
            page = measured(
                    "the page before it (backwards)",
                    26,
                    () -> mail.logPage(id, first.continueFrom(deep.sentAt(), deep.id(), true))
                            .rows());
            assertEquals(26, page.size());

            MailLogQuery oldest = new MailLogQuery(null, null, null, null, null, false);
            page = measured("first page, oldest first", 26, () -> mail.logPage(id, oldest))
                    .rows();
            assertEquals(newest.minusMillis(2300L * ROWS), page.get(0).sentAt());

            MailLogQuery expired = new MailLogQuery(null, null, "expired", null, null, true);
            page = measured("first page of the status filter 'expired' (1 in 100)", 26, () -> mail.logPage(id, expired))
                    .rows();
            assertTrue(page.stream().allMatch(e -> "expired".equals(e.status())));
            MailLogEntry lastExpired = page.get(24);
            measured(
                    "the next page of that filter",
                    26,
                    () -> mail.logPage(id, expired.continueFrom(lastExpired.sentAt(), lastExpired.id(), false))
                            .rows());

            // A mailbox or part of an address cannot follow the index: a page looks at no more than
            // the window, whether the filter matches every line, 2 in 10,000 or none, and the next
            // page looks on from where this one stopped. Such a filter is not counted.
            long window = 2L * KeysetScan.WINDOW;
            MailRepository.Scan everyLine = measured(
                    "address 'drukkemail' (every line)",
                    KeysetScan.FIRST_LOOK + 26,
                    () -> mail.logPage(id, new MailLogQuery(null, "drukkemail", null, null, null, true)));
            assertEquals(26, everyLine.rows().size());
            MailLogQuery rare = new MailLogQuery(null, "afzender42@", null, null, null, true);
            MailRepository.Scan rareFirst =
                    measured("address 'afzender42@' (2 lines in 10,000)", window, () -> mail.logPage(id, rare));
            assertEquals(
                    List.of(newest.minusMillis(2300L * 42), newest.minusMillis(2300L * 5042)),
                    rareFirst.rows().stream().map(MailLogEntry::sentAt).toList());
            assertEquals(
                    newest.minusMillis(2300L * KeysetScan.WINDOW),
                    rareFirst.lookedTo().at(),
                    "looked at 10,000 lines");
            MailRepository.Scan rareNext = measured(
                    "the same, looking on from there",
                    window,
                    () -> mail.logPage(id, rare.continueFrom(rareFirst.lookedTo(), false)));
            assertEquals(
                    newest.minusMillis(2300L * 10_042), rareNext.rows().get(0).sentAt(), "none skipped");
            MailRepository.Scan mailbox = measured(
                    "mailbox 'afzender7@example.org' (2 lines in 10,000)",
                    window,
                    () -> mail.logPage(id, new MailLogQuery("afzender7@example.org", null, null, null, null, true)));
            assertEquals(2, mailbox.rows().size());
            MailRepository.Scan none = measured(
                    "address matching nothing",
                    window,
                    () -> mail.logPage(id, new MailLogQuery(null, "bestaat-niet", null, null, null, true)));
            assertTrue(none.rows().isEmpty());
            assertTrue(none.lookedTo() != null, "the log goes on beyond the window");
            boolean uncounted = measured(
                    "more than 10,000 lines? (then such a filter is not counted)",
                    KeysetScan.WINDOW + 1,
                    () -> mail.hasMoreLinesThan(id, rare, KeysetScan.WINDOW));
            assertTrue(uncounted);

            List<String> statuses = measured("the statuses for the filter", 4, () -> mail.statusesOf(id));
            assertEquals(List.of("bounced", "deferred", "expired", "sent"), statuses);

            // The capped count reads up to the cap from the index and then the cap's rows of the
            // derived table it counts: twice the cap at most, whatever the size of the log.
            long capped = measured(
                    "count, capped (page and overview)",
                    2 * (MailLogQuery.COUNT_CAP + 1),
                    () -> mail.countLogUpTo(id, first, MailLogQuery.COUNT_CAP + 1));
            assertEquals(MailLogQuery.COUNT_CAP + 1, capped);

            measured("oldest line (the overview's reach)", 1, () -> mail.oldestLogEntryOf(id));
        } finally {
            tx.commit();
            // In the server: its folder is target/liberty/wlp/usr/servers/<name>.
            String dir = System.getProperty("server.config.dir");
            Path out = Path.of(
                    System.getProperty("portal.perf.dir", dir == null ? "target/perf" : dir + "/../../../../../perf"));
            Files.createDirectories(out);
            Files.write(out.resolve("mail-log-paging.txt"), report);
        }
    }

    /**
     * Runs a query and checks how many rows MariaDB read for it on the connection it ran on: no
     * more than {@code returns} (the rows it gives, or for a count the rows it may look at) plus
     * {@link #SLACK}.
     */
    private <T> T measured(String what, long returns, Supplier<T> query) throws Exception {
        RowsRead.Counted<T> counted = rowsRead.of(query::get);
        report.add(String.format("%s: %,d rows read, %.1f ms", what, counted.rows(), counted.millis()));
        assertTrue(
                counted.rows() <= returns + SLACK,
                what + " read " + counted.rows() + " rows to return at most " + returns);
        assertFalse(counted.rows() < 0);
        return counted.result();
    }
}
