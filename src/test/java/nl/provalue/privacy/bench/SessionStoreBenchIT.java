package nl.provalue.privacy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provalue.privacy.testsupport.PortalCluster;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;

/**
 * What keeping sessions in the database (liberty/cluster/cluster.xml) costs a signed-in request:
 * the same pages under the same load (wrk: 2 threads, 8 connections, straight to one server with
 * the headers the balancer adds) with sessions in memory and with sessions in the database, and the size of
 * the largest stored session afterwards. The overview keeps no view state; "my data" is a page
 * with forms, so every visit adds a view to the session (MyFaces keeps the last 20 of them).
 * Figures go to target/perf/session-store.txt.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=SessionStoreBenchIT} (needs {@code wrk} and HAProxy).
 */
class SessionStoreBenchIT {

    private static final int SECONDS = Integer.getInteger("bench.sessions.seconds", 10);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("50%\\s+([0-9.]+\\w+)");
    private static final List<String> PAGES = List.of("/customer/", "/customer/my-data.xhtml");

    @Test
    void whatTheSessionStoreCostsARequest() throws Exception {
        List<String> report = new ArrayList<>();
        Map<String, Double> inMemory = new LinkedHashMap<>();
        for (boolean shared : new boolean[] {false, true}) {
            try (PortalCluster cluster = new PortalCluster("portal_bench_sessions", shared)) {
                cluster.start();
                PortalHttp jan = new PortalHttp(cluster.url()).login("jan.jansen", "Welkom-Jan-2026");
                String cookie = "JSESSIONID=" + jan.cookie("JSESSIONID").orElseThrow();
                // Sessions in memory: only the server that signed Jan in knows the session.
                PortalCluster.Server server = null;
                for (PortalCluster.Server candidate : cluster.servers()) {
                    if (server == null
                            && get("http://127.0.0.1:" + candidate.httpPort() + "/customer/", cookie) == 200) {
                        server = candidate;
                    }
                }
                assertTrue(server != null, "a server knows the session");
                String where = shared ? "database" : "memory";
                for (String page : PAGES) {
                    String url = "http://127.0.0.1:" + server.httpPort() + page;
                    assertEquals(200, get(url, cookie), page + " answers the signed-in client");
                    run(url, cookie, 3); // warm-up, not counted
                    String[] measured = run(url, cookie, SECONDS);
                    double rate = Double.parseDouble(measured[0]);
                    String line =
                            String.format("%-24s sessions in %-8s %8.1f req/s  p50 %s", page, where, rate, measured[1]);
                    if (shared) {
                        line += String.format("  (%.0f %% of in memory)", 100 * rate / inMemory.get(page));
                    } else {
                        inMemory.put(page, rate);
                    }
                    report.add(line);
                }
                if (shared) {
                    report.add("largest stored session after the load: " + cluster.largestStoredSession() + " bytes");
                }
            }
        }
        Path out = Path.of("target/perf");
        Files.createDirectories(out);
        Files.write(out.resolve("session-store.txt"), report);
        report.forEach(System.out::println);
    }

    private static int get(String url, String cookie) throws IOException, InterruptedException {
        HttpResponse<Void> r = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookie)
                                .header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-For", "127.0.0.1")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    /** Requests per second and the median latency. */
    private static String[] run(String url, String cookie, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c8",
                        "-d" + seconds + "s",
                        "--latency",
                        "-H",
                        "Cookie: " + cookie,
                        "-H",
                        "X-Forwarded-Proto: https",
                        "-H",
                        "X-Forwarded-For: 127.0.0.1",
                        url)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(seconds + 60, TimeUnit.SECONDS), "wrk ended");
        assertTrue(!out.contains("Non-2xx or 3xx") && !out.contains("Socket errors"), url + ":\n" + out);
        Matcher rate = RATE.matcher(out);
        Matcher p50 = P50.matcher(out);
        assertTrue(rate.find() && p50.find(), out);
        return new String[] {rate.group(1), p50.group(1)};
    }
}
