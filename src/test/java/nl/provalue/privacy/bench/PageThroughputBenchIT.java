package nl.provalue.privacy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provalue.privacy.testsupport.BusyCustomer;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.TestTls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every customer page under load (wrk: 2 threads, 8 connections), for a customer with a few hundred
 * log lines and for one with a million mail-log lines and ten million access-log lines
 * ({@code -Dbench.pages.accessLines}), next to the near-empty sign-in page, in alternating rounds on
 * the same server, after a round that warms the server and is not counted; medians of the rounds.
 * Requests per second go to target/perf/page-throughput.txt.
 *
 * <p>It fails when the busy customer's page is slower than 1.2 times the small customer's, or a
 * customer page serves less than half of the sign-in page's requests per second, or when wrk saw an
 * answer other than 200 (a page sent back to sign-in would count as fast).
 *
 * <p>{@code mvn -Pbench verify -Dit.test=PageThroughputBenchIT} (needs {@code wrk}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageThroughputBenchIT {

    private static final int ROUNDS = Integer.getInteger("bench.pages.rounds", 3);
    /** Rounds run first and not counted: the server's JIT is still compiling during the first. */
    private static final int WARM_UP = Integer.getInteger("bench.pages.warmUp", 1);

    private static final int SECONDS = Integer.getInteger("bench.pages.seconds", 8);
    private static final long ACCESS_LINES = Long.getLong("bench.pages.accessLines", 10_000_000);
    private static final long MAIL_LINES = Long.getLong("bench.pages.mailLines", 1_000_000);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    @Test
    void customerPagesKeepUpWithTheSignInPageWhateverTheirLogs() throws Exception {
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        BusyCustomer small = BusyCustomer.create("bench.klein", 300, 300, 0);
        BusyCustomer busy = BusyCustomer.create("bench.druk", MAIL_LINES, ACCESS_LINES, 200_000);
        report.add(String.format(
                Locale.ROOT,
                "data: %,d mail-log and %,d access-log lines for the busy customer, %d s",
                MAIL_LINES,
                ACCESS_LINES,
                (System.nanoTime() - t0) / 1_000_000_000));

        String https = TestTls.https(base).toExternalForm().replaceAll("/$", "");
        Map<String, String> cookies = new LinkedHashMap<>();
        Map<String, PortalHttp> clients = new LinkedHashMap<>();
        for (BusyCustomer c : List.of(small, busy)) {
            PortalHttp http = new PortalHttp(base).login(c.username(), BusyCustomer.PASSWORD);
            clients.put(c.username(), http);
            cookies.put(c.username(), "JSESSIONID=" + http.cookie("JSESSIONID").orElseThrow());
        }

        Map<String, List<Double>> rates = new LinkedHashMap<>();
        List<String> pages = List.of(
                "/customer/",
                "/customer/my-data.xhtml",
                "/customer/websites.xhtml",
                "/customer/access-log.xhtml?site=",
                "/customer/mail.xhtml",
                "/customer/domains.xhtml",
                "/customer/backups.xhtml",
                "/customer/disclosures.xhtml",
                "/customer/rights.xhtml",
                "/customer/what-we-keep.xhtml");
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            if (round == WARM_UP) {
                rates.clear();
            }
            measure(rates, "sign-in", https + "/login.xhtml", null);
            for (String page : pages) {
                for (BusyCustomer c : List.of(small, busy)) {
                    String path = page.endsWith("site=") ? page + c.siteId() : page;
                    HttpResponseCheck.ok(clients.get(c.username()), path);
                    measure(
                            rates,
                            page + (c == small ? " (small)" : " (busy)"),
                            https + path,
                            cookies.get(c.username()));
                }
            }
        }
        for (PortalHttp http : clients.values()) {
            HttpResponseCheck.ok(http, "/customer/");
        }

        double login = median(rates.get("sign-in"));
        report.add(String.format(Locale.ROOT, "%-40s %8.0f req/s", "/login.xhtml", login));
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            double s = median(rates.get(page + " (small)"));
            double b = median(rates.get(page + " (busy)"));
            report.add(String.format(
                    Locale.ROOT,
                    "%-40s small %7.0f  busy %7.0f req/s  busy/small %.2f  small/sign-in %3.0f %%",
                    page,
                    s,
                    b,
                    b / s,
                    100 * s / login));
            if (s / b > 1.2) {
                failures.add(page + ": the busy customer's page is " + String.format(Locale.ROOT, "%.2f", s / b)
                        + " times slower");
            }
            if (Math.min(s, b) < login / 2) {
                failures.add(page + ": " + String.format(Locale.ROOT, "%.0f %%", 100 * Math.min(s, b) / login)
                        + " of the sign-in page");
            }
        }
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            report.add("  rounds " + e.getKey() + ": " + e.getValue());
        }
        Path out = Path.of("target/perf");
        Files.createDirectories(out);
        Files.write(out.resolve("page-throughput.txt"), report);
        report.forEach(System.out::println);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void measure(Map<String, List<Double>> rates, String name, String url, String cookie)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c8", "-d" + SECONDS + "s", "--latency"));
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(SECONDS + 60, TimeUnit.SECONDS), "wrk ended");
        assertTrue(!out.contains("Non-2xx or 3xx") && !out.contains("Socket errors"), name + ":\n" + out);
        Matcher m = RATE.matcher(out);
        assertTrue(m.find(), out);
        rates.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(m.group(1)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A page answers 200 to the signed-in client (not a redirect to sign-in, which wrk would count as fine). */
    private static final class HttpResponseCheck {
        static void ok(PortalHttp http, String path) {
            assertEquals(200, http.get(path).statusCode(), path);
        }
    }
}
