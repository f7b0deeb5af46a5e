package nl.provalue.privacy.bench;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * A soak of signed-in load: busy customers clicking through their pages without pause, customers
 * who sign in and then come back only now and then (one to twelve minutes apart, well within the
 * 30-minute idle time-out), and anonymous visitors opening the sign-in page. Every minute the
 * server's live heap (after a full collection), its HTTP sessions and the entries of Liberty's
 * authentication cache are read from the server's JVM with {@code jcmd}.
 *
 * <p>It fails when a signed-in customer is sent back to the sign-in page before the idle time-out,
 * when the server logs CWWKS3005E, when sessions outnumber the signed-in customers, or when the
 * live heap of the last third of the run is more than a quarter above that of the first third.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=SessionSoakBenchIT -Dbench.soak.minutes=30} (default 30);
 * figures in target/perf/session-soak.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSoakBenchIT {

    private static final String PASSWORD = "Een lange zin als wachtwoord";
    private static final int BUSY = 6;
    private static final int IDLE = 24;
    private static final List<String> PAGES = List.of(
            "/customer/",
            "/customer/my-data.xhtml",
            "/customer/websites.xhtml",
            "/customer/what-we-keep.xhtml",
            "/customer/rights.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong busyRequests = new AtomicLong();
    private final AtomicLong idleRequests = new AtomicLong();
    private final AtomicLong anonymousRequests = new AtomicLong();

    @Test
    void signedInLoadKeepsEveryoneSignedInAndMemoryFlat() throws Exception {
        int minutes = Integer.getInteger("bench.soak.minutes", 30);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        long run = System.currentTimeMillis() % 1_000_000;
        long pid = serverPid();
        long logErrorsBefore = authErrorsInLog();

        List<PortalHttp> busy = signIn("bench.soak.busy." + run + ".", BUSY);
        List<PortalHttp> idle = signIn("bench.soak.idle." + run + ".", IDLE);

        ExecutorService pool = Executors.newFixedThreadPool(BUSY + IDLE + 1);
        for (int i = 0; i < BUSY; i++) {
            PortalHttp http = busy.get(i);
            int first = i;
            pool.submit(() -> {
                for (int n = first; System.nanoTime() < deadline; n++) {
                    visit(http, PAGES.get(n % PAGES.size()), "busy customer " + first);
                    busyRequests.incrementAndGet();
                }
            });
        }
        for (int i = 0; i < IDLE; i++) {
            PortalHttp http = idle.get(i);
            long pause = TimeUnit.SECONDS.toNanos(60 + 30L * i); // 1 to 12.5 minutes between visits
            int who = i;
            pool.submit(() -> {
                long next = System.nanoTime() + pause;
                while (next < deadline) {
                    sleepUntil(next);
                    visit(
                            http,
                            "/customer/",
                            "customer idle for " + TimeUnit.NANOSECONDS.toSeconds(pause) + " s (" + who + ")");
                    idleRequests.incrementAndGet();
                    next += pause;
                }
            });
        }
        pool.submit(() -> {
            while (System.nanoTime() < deadline) {
                HttpResponse<String> r = new PortalHttp(base).get("/login.xhtml");
                if (r.statusCode() != 200) {
                    failures.add("sign-in page answered " + r.statusCode());
                }
                anonymousRequests.incrementAndGet();
            }
        });

        List<long[]> samples = new ArrayList<>(); // minute, live heap bytes, sessions, auth-cache entries
        for (int minute = 1; minute <= minutes; minute++) {
            sleepUntil(Math.min(deadline, System.nanoTime() + TimeUnit.MINUTES.toNanos(1)));
            samples.add(sample(pid, minute));
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            failures.add("the load did not stop");
        }
        long logErrors = authErrorsInLog() - logErrorsBefore;

        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "Signed-in soak: %d minutes, %d busy customers, %d returning now and then (1 to 12.5 min apart), anonymous sign-in page visits%n"
                        + "requests: busy %,d (%.0f/s), returning %,d, anonymous %,d (%.0f/s)%n"
                        + "signed out before the idle time-out: %d; CWWKS3005E in the server log: %d%n"
                        + "minute | live heap (MB, after full GC) | HTTP sessions | authentication cache entries%n",
                minutes,
                BUSY,
                IDLE,
                busyRequests.get(),
                busyRequests.get() / (minutes * 60.0),
                idleRequests.get(),
                anonymousRequests.get(),
                anonymousRequests.get() / (minutes * 60.0),
                failures.size(),
                logErrors));
        for (long[] s : samples) {
            report.append(String.format(Locale.ROOT, "%d | %.1f | %d | %d%n", s[0], s[1] / 1e6, s[2], s[3]));
        }
        failures.stream()
                .limit(10)
                .forEach(f -> report.append("failure: ").append(f).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target/perf"));
        Files.writeString(Path.of("target/perf/session-soak.txt"), report);

        if (!failures.isEmpty() || logErrors > 0) {
            throw new AssertionError(report.toString());
        }
        int third = Math.max(1, samples.size() / 3);
        long early = median(samples.subList(0, third));
        long late = median(samples.subList(samples.size() - third, samples.size()));
        if (late > early * 1.25) {
            throw new AssertionError(
                    "live heap grew from " + early / 1_000_000 + " to " + late / 1_000_000 + " MB\n" + report);
        }
        long sessions = samples.get(samples.size() - 1)[2];
        if (sessions > BUSY + IDLE + 5) {
            throw new AssertionError(sessions + " sessions for " + (BUSY + IDLE) + " signed-in customers\n" + report);
        }
    }

    private List<PortalHttp> signIn(String prefix, int count) {
        List<PortalHttp> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + i;
            Db.newCustomerAccount(name, PASSWORD, name + "@example.nl");
            clients.add(new PortalHttp(base).login(name, PASSWORD));
        }
        return clients;
    }

    private void visit(PortalHttp http, String path, String who) {
        try {
            HttpResponse<String> r = http.get(path);
            if (r.statusCode() != 200) {
                failures.add(who + ": " + path + " answered " + r.statusCode() + " "
                        + r.headers().firstValue("Location").orElse(""));
            }
        } catch (RuntimeException e) {
            failures.add(who + ": " + path + " failed: " + e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long median(List<long[]> samples) {
        List<Long> heaps = new ArrayList<>(samples.stream().map(s -> s[1]).toList());
        Collections.sort(heaps);
        return heaps.get(heaps.size() / 2);
    }

    /** The test server's JVM: the Liberty process started for this build's server name. */
    private static long serverPid() {
        String server = System.getProperty("it.server.name", "portalTest");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("ws-server.jar") && c.contains(" " + server))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Liberty process for server " + server));
    }

    /** A class histogram forces a full collection first, so its total is the live heap. */
    private static long[] sample(long pid, int minute) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines =
                new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor(1, TimeUnit.MINUTES);
        long heap = 0, sessions = 0, cache = 0;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (line.trim().startsWith("Total") && f.length >= 3) {
                heap = Long.parseLong(f[2]);
            } else if (f.length >= 4 && f[3].equals("com.ibm.ws.session.store.memory.MemorySession")) {
                sessions = Long.parseLong(f[1]);
            } else if (f.length >= 4
                    && f[3].equals("com.ibm.ws.security.authentication.internal.cache.InMemoryAuthCache$Entry")) {
                cache = Long.parseLong(f[1]);
            }
        }
        return new long[] {minute, heap, sessions, cache};
    }

    private static long authErrorsInLog() throws IOException {
        Path log = Path.of(
                "target/liberty/wlp/usr/servers",
                System.getProperty("it.server.name", "portalTest"),
                "logs/messages.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("CWWKS3005E")).count();
        }
    }
}
