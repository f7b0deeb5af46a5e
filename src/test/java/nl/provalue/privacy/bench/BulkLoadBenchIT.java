package nl.provalue.privacy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import nl.provalue.privacy.domain.apitoken.ApiTokenSecret;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first day's load: 100,000 customers ({@code -Dbench.bulk.customers}) with two domain names,
 * three mailboxes and one website each, streamed as NDJSON in one request, against MariaDB. Fails
 * when it takes more than five minutes. Figures, with the server's resident memory before and
 * after, in target/perf/bulk-load.txt.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=BulkLoadBenchIT}
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkLoadBenchIT {

    private static final int CUSTOMERS = Integer.getInteger("bench.bulk.customers", 100_000);
    private static final int FIRST = 500_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    private static String contact(String name, String email) {
        return "\"fullName\":\"" + name
                + "\",\"street\":\"Kerkstraat 1\",\"postalCode\":\"1017 GC\",\"city\":\"Amsterdam\","
                + "\"country\":\"NL\",\"phone\":\"+31 20 123 4567\",\"email\":\"" + email + "\"";
    }

    /** One line: a customer with two domain names, three mailboxes and one website. */
    static String line(int i) {
        String number = String.format("PV%06d", FIRST + i);
        String d = "bulk" + i;
        String holder = "{\"holderKind\":\"NATURAL_PERSON\"," + contact("Klant " + i, "info@" + d + ".nl") + "}";
        return "{\"customerNumber\":\"" + number + "\",\"contact\":{" + contact("Klant " + i, "info@" + d + ".nl")
                + "},\"language\":\"nl\",\"domains\":["
                + "{\"name\":\"" + d
                + ".nl\",\"registeredOn\":\"2020-01-01\",\"expiresOn\":\"2027-01-01\",\"contacts\":{\"registrant\":"
                + holder + "}},"
                + "{\"name\":\"" + d
                + ".com\",\"registeredOn\":\"2021-01-01\",\"expiresOn\":\"2027-01-01\",\"contacts\":{\"registrant\":"
                + holder + "}}],"
                + "\"mailboxes\":[{\"address\":\"info@" + d + ".nl\",\"protocols\":[\"IMAP\",\"WEBMAIL\"]},"
                + "{\"address\":\"post@" + d + ".nl\",\"protocols\":[\"POP3\"]},"
                + "{\"address\":\"klant@" + d + ".com\",\"protocols\":[\"IMAP\"]}],"
                + "\"websites\":[{\"hostname\":\"www." + d
                + ".nl\",\"plan\":\"Basis\",\"trafficLimitBytes\":10737418240}]}\n";
    }

    /** The body, made while it is sent: nothing of it is held in memory at once. */
    private static InputStream body() {
        return new SequenceInputStream(new Enumeration<>() {
            int next;

            @Override
            public boolean hasMoreElements() {
                return next < CUSTOMERS;
            }

            @Override
            public InputStream nextElement() {
                return new java.io.ByteArrayInputStream(line(next++).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static long serverRssKb() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "ps -o rss= -p $(pgrep -f ws-server.jar | head -1)").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return out.isEmpty() ? -1 : Long.parseLong(out);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aHundredThousandCustomersGoInWithinFiveMinutes() throws Exception {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        Db.update(
                "INSERT INTO api_token (name, token_hash, scopes, created_at, created_by_id, expires_at)"
                        + " VALUES (?, ?, 'PROVISIONING', UTC_TIMESTAMP(6), (SELECT min(id) FROM staff_member), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 DAY))",
                "bulk-bench-" + System.nanoTime(),
                secret.hash());
        long before = Db.scalar("SELECT count(*) FROM customer");
        long rssBefore = serverRssKb();
        PortalHttp http = new PortalHttp(base);
        long start = System.nanoTime();
        HttpResponse<String> r = http.sendWithin(
                HttpRequest.newBuilder(http.uri("/api/v1/provisioning/customers"))
                        .header("Authorization", "Bearer " + secret.reveal())
                        .header("Content-Type", "application/x-ndjson")
                        .header("X-Requested-With", "bench")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(BulkLoadBenchIT::body)),
                Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssAfter = serverRssKb();
        assertEquals(200, r.statusCode(), r.body());
        long made = Db.scalar("SELECT count(*) FROM customer") - before;

        List<String> report = new ArrayList<>();
        report.add(String.format(
                Locale.ROOT, "customers: %d (two domain names, three mailboxes, one website each)", CUSTOMERS));
        report.add(String.format(Locale.ROOT, "bulk load: %.1f s, %.0f customers/s", seconds, CUSTOMERS / seconds));
        report.add("answer: " + r.body());
        report.add(
                String.format(Locale.ROOT, "server RSS: %d MB before, %d MB after", rssBefore / 1024, rssAfter / 1024));
        report.add("rows: " + Db.scalar("SELECT count(*) FROM domain_name") + " domain names, "
                + Db.scalar("SELECT count(*) FROM mailbox") + " mailboxes, " + Db.scalar("SELECT count(*) FROM website")
                + " websites in all");
        Files.createDirectories(Path.of("target/perf"));
        Files.write(Path.of("target/perf/bulk-load.txt"), report);
        report.forEach(System.out::println);

        assertTrue(r.body().contains("\"refused\":0"), r.body());
        assertTrue(r.body().startsWith("{\"lines\":" + CUSTOMERS + ","), r.body());
        assertTrue(made > 0 || r.body().contains("\"unchanged\":" + CUSTOMERS), "made " + made + ": " + r.body());
        assertTrue(
                seconds <= 300,
                String.format(Locale.ROOT, "%.1f s for %d customers; the target is 5 minutes", seconds, CUSTOMERS));
    }
}
