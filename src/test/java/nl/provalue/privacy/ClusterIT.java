package nl.provalue.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.provalue.privacy.testsupport.Browser;
import nl.provalue.privacy.testsupport.GaleraCluster;
import nl.provalue.privacy.testsupport.PortalCluster;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Two servers behind a load balancer that sends every request to the next server in turn, on a
 * Galera cluster of three database nodes, the first server writing through the first node and the
 * second through the second: a customer and a staff member work on while the server that drew
 * their page is killed, and later the database node of the server that is left, without signing in
 * again, without losing what they typed or the customer they opened, and without an error page
 * after the moments the database needs to notice its node is gone (liberty/cluster/cluster.xml:
 * sessions kept in the database, connections checked before use). Two staff members registering
 * at the same moment on the two servers, and so on two nodes, still make one unbroken register chain.
 */
class ClusterIT {

    /** The staff members of the demo data ({@code demo/staff.tsv}). */
    private static final long DEMO_STAFF = 3;

    private static final Path REAL_LOG = Path.of("src/test/resources/logs/apache_logs");
    private static final GaleraCluster GALERA = new GaleraCluster();
    private static final PortalCluster CLUSTER = new PortalCluster("portal_cluster_it", GALERA);

    @BeforeAll
    static void start() {
        GALERA.start();
        CLUSTER.start();
    }

    @AfterAll
    static void stop() {
        CLUSTER.close();
        GALERA.close();
    }

    @Test
    void serversStartingAtOnceThroughTwoNodesMigrateTheEmptyDatabaseOnce() {
        // Started at the same moment, each through its own Galera node: Flyway's lock there is a row
        // lock of one node, so only the start-up lease keeps the second from migrating too.
        List<String> starts = CLUSTER.servers().stream()
                .flatMap(server -> CLUSTER.log(server).lines().filter(l -> l.contains("migrations applied now")))
                .toList();
        assertEquals(
                1,
                starts.stream()
                        .filter(l -> !l.contains("(0 migrations applied now)"))
                        .count(),
                "one start migrated, every other found it done: " + starts);
        assertEquals(
                0L,
                ((Number) CLUSTER.databaseValue("SELECT count(*) FROM flyway_schema_history WHERE success = 0"))
                        .longValue(),
                "no failed migration");
        assertEquals(
                ((Number) CLUSTER.databaseValue("SELECT count(*) FROM flyway_schema_history")).longValue(),
                ((Number) CLUSTER.databaseValue("SELECT count(DISTINCT version) FROM flyway_schema_history"))
                        .longValue(),
                "every version once");
        assertEquals(
                DEMO_STAFF,
                ((Number) CLUSTER.databaseValue("SELECT count(*) FROM staff_member")).longValue(),
                "the demo data loaded once");
    }

    @Test
    void noOneSignsInAgainWhenAServerGoes() throws IOException {
        PortalCluster.Server first = CLUSTER.servers().get(0);
        PortalCluster.Server second = CLUSTER.servers().get(1);
        try (Browser customer = new Browser(CLUSTER.url())) {
            customer.login("jan.jansen", "Welkom-Jan-2026");
            // Every page and every click goes to the other server than the one before.
            customer.find("#nav-my-data").click();
            assertEquals("Jan Jansen", customer.byId("contact:fullName").getAttribute("value"));
            customer.open("/customer/my-data.xhtml");
            retype(customer, "city", "Leiden");
            retype(customer, "postalCode", "2311 AA");
            customer.screenshot("cluster-customer-typing");

            // The form was drawn by one of the two; both are up, and now the first goes.
            CLUSTER.kill(first);
            customer.byId("contact:save").click();
            customer.waitForText("Uw contactgegevens zijn bijgewerkt (2 velden gewijzigd).");
            customer.open("/customer/my-data.xhtml");
            assertEquals("Leiden", customer.byId("contact:city").getAttribute("value"));
            customer.driver().manage().window().setSize(new Dimension(360, 740));
            customer.screenshot("phone-cluster-customer-after-failover");

            // The export, with the same session, now served by the server that is left.
            PortalHttp download = new PortalHttp(CLUSTER.url());
            Cookie session = customer.driver().manage().getCookieNamed("JSESSIONID");
            download.setCookie("JSESSIONID", session.getValue());
            String export = everythingIn(download.stream("/api/me/export"));
            assertTrue(export.contains("Leiden") && export.contains("2311 AA"), "the export holds the correction");
        }

        CLUSTER.start(first);
        twoStaffMembersRegisterAtTheSameMomentOnTwoNodes();

        try (Browser staff = new Browser(CLUSTER.url())) {
            staff.login("ruud.smit", "Welkom-Ruud-2026");
            StaffScreens.openPieter(staff, "Klantvraag over de cluster-test");
            staff.screenshot("cluster-staff-customer-open");
            // The opening lives in the session; the server that recorded it goes.
            CLUSTER.kill(second);
            staff.driver().navigate().refresh();
            staff.waitForText("Klant PV100912");
            staff.waitForText("Pieter Bakker");

            // Now the database node of the one server left goes too.
            assertEquals(0L, CLUSTER.serverErrors(), "no 5xx before the database node goes");
            PortalHttp customer = new PortalHttp(CLUSTER.url()).login("jan.jansen", "Welkom-Jan-2026");
            GALERA.kill(GALERA.nodes().get(0));
            Failover failover = awaitFailover(customer);
            System.out.println("Failover after a database node was killed: " + failover);
            assertTrue(failover.window().compareTo(Duration.ofSeconds(30)) < 0, "failover window " + failover);
            long errorsInWindow = CLUSTER.serverErrors();

            staff.driver().navigate().refresh();
            staff.waitForText("Pieter Bakker");
            String number = StaffScreens.registerRequest(
                    staff,
                    new StaffScreens.NewRequest(
                            "SUBSCRIBER_DATA",
                            "SV_SUBSCRIBER_DATA",
                            "Politie Eenheid Den Haag",
                            "PV100912",
                            "Naam en adres van de klant",
                            null));
            assertTrue(number.startsWith("REG-"), number);
            staff.driver().manage().window().setSize(new Dimension(360, 740));
            staff.screenshot("phone-cluster-staff-registered");

            HttpResponse<String> verify = new PortalHttp(CLUSTER.url())
                    .login("ruud.smit", "Welkom-Ruud-2026")
                    .get("/api/staff/register/verify");
            assertEquals(200, verify.statusCode(), verify.body());
            assertTrue(verify.body().contains("\"intact\":true"), verify.body());
            assertEquals(errorsInWindow, CLUSTER.serverErrors(), "no 5xx after the failover window");
        }
        CLUSTER.start(second);

        Map<String, Long> served = CLUSTER.requestsPerServer();
        assertTrue(served.get("portal1") > 10 && served.get("portal2") > 10, "both servers answered: " + served);
        for (PortalCluster.Server server : CLUSTER.servers()) {
            String log = CLUSTER.log(server);
            // A session one server wrote that another could not read back, or could not write.
            for (String failure : new String[] {"SESN0051E", "NotSerializableException", "ClassNotFoundException"}) {
                assertFalse(log.contains(failure), server.name() + " logged " + failure);
            }
        }
    }

    /**
     * A large access log is imported; the server running the import is killed halfway. The other
     * server, no longer hearing from it, takes the import over from its last committed chunk (the
     * import files are on storage both servers share), and the import ends with exactly the rows
     * and counts of a clean import of the same lines.
     */
    @Test
    void anImportWhoseServerDiesIsTakenOverByTheOther() throws IOException, InterruptedException {
        PortalHttp staff = new PortalHttp(CLUSTER.url()).login("lotte.mulder", "Welkom-Lotte-2026");
        String oneCopy = Files.readString(REAL_LOG, StandardCharsets.ISO_8859_1);
        // What a clean import of the log gives, on a website of its own.
        String cleanHost = "schoon" + System.nanoTime() + ".nl";
        newWebsite(cleanHost);
        JsonObject clean = json(staff.post(
                "/api/staff/import/access-log?site=" + cleanHost + "&wait=120",
                "text/plain",
                oneCopy,
                Duration.ofMinutes(3)));
        assertEquals("COMPLETED", clean.getString("status"), clean.toString());

        // The same lines thirty times over: every repetition is a request of its own (P6).
        int copies = 20;
        String host = "overname" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        String log = oneCopy.repeat(copies);
        JsonObject queued = json(staff.post(
                "/api/staff/import/access-log?site=" + host + "&name=groot.log",
                "text/plain",
                log,
                Duration.ofMinutes(3)));
        long id = queued.getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String node;
        while (true) {
            node = (String) CLUSTER.databaseValue(
                    "SELECT node FROM import_run WHERE id = ? AND status = 'RUNNING' AND lines_done > 0", id);
            if (node != null) {
                break;
            }
            assertTrue(Instant.now().isBefore(deadline), "the import never got under way");
            Thread.sleep(100);
        }
        String runningOn = node;
        PortalCluster.Server runner = CLUSTER.servers().stream()
                .filter(s -> runningOn.contains("/" + s.name() + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("which server runs " + runningOn + "?"));
        long linesBefore =
                ((Number) CLUSTER.databaseValue("SELECT lines_done FROM import_run WHERE id = ?", id)).longValue();
        CLUSTER.kill(runner);
        Instant killed = Instant.now();

        JsonObject report;
        Instant giveUp = killed.plus(Duration.ofMinutes(4));
        do {
            Thread.sleep(1000);
            report = json(staff.get("/api/staff/import/" + id));
            assertTrue(Instant.now().isBefore(giveUp), "not taken over and finished within 4 minutes: " + report);
        } while (!"COMPLETED".equals(report.getString("status")));
        System.out.println("Import " + id + ": " + runner.name() + " killed at line " + linesBefore + " of "
                + copies * 10_000 + "; finished by the other server "
                + Duration.between(killed, Instant.now()).toSeconds() + " s later");
        assertTrue(linesBefore < copies * 10_000L, "killed halfway, not after the end");
        assertEquals(copies * 10_000L, number(report, "lines"));
        assertEquals(log.length(), number(report, "bytesRead"));
        assertEquals(copies * number(clean, "imported"), number(report, "imported"), "no line lost, none stored twice");
        assertEquals(copies * number(clean, "bytesCounted"), number(report, "bytesCounted"));
        assertEquals(0, number(report, "duplicates"));
        assertEquals(
                copies * number(clean, "imported"),
                ((Number) CLUSTER.databaseValue("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site))
                        .longValue());
        assertEquals(
                copies * number(clean, "bytesCounted"),
                ((Number) CLUSTER.databaseValue("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", site))
                        .longValue(),
                "the traffic counted once per line");
        assertTrue(
                CLUSTER.log(CLUSTER.servers().stream()
                                .filter(s -> s != runner)
                                .findFirst()
                                .orElseThrow())
                        .contains("Import " + id + " of "),
                "the other server says it took the import over");
        CLUSTER.start(runner);
    }

    /**
     * The same access log uploaded twice at the same moment for one website, through the balancer,
     * so that the two servers import it at once through two database nodes: both write the same
     * entries and counter rows, and whichever loses Galera's certification resumes from its last
     * committed chunk. In the end every line is stored once, its traffic counted once, and the two
     * reports together account for every line twice (once imported, once a duplicate).
     */
    @Test
    void twoServersImportingTheSameLogAtOnceStoreEveryLineOnce() throws Exception {
        String oneCopy = Files.readString(REAL_LOG, StandardCharsets.ISO_8859_1);
        String cleanHost = "enkel" + System.nanoTime() + ".nl";
        newWebsite(cleanHost);
        PortalHttp lotte = new PortalHttp(CLUSTER.url()).login("lotte.mulder", "Welkom-Lotte-2026");
        JsonObject clean = json(lotte.post(
                "/api/staff/import/access-log?site=" + cleanHost + "&wait=120",
                "text/plain",
                oneCopy,
                Duration.ofMinutes(3)));

        int copies = 5;
        String host = "tegelijk" + System.nanoTime() + ".nl";
        long site = newWebsite(host);
        String log = oneCopy.repeat(copies);
        List<PortalHttp> staff =
                List.of(lotte, new PortalHttp(CLUSTER.url()).login("lotte.mulder", "Welkom-Lotte-2026"));
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Long> ids = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<JsonObject>> uploads = new ArrayList<>();
            for (PortalHttp http : staff) {
                uploads.add(both.submit(() -> {
                    together.await();
                    return json(http.post(
                            "/api/staff/import/access-log?site=" + host + "&name=tegelijk.log",
                            "text/plain",
                            log,
                            Duration.ofMinutes(3)));
                }));
            }
            for (Future<JsonObject> upload : uploads) {
                ids.add(upload.get(4, TimeUnit.MINUTES).getJsonNumber("id").longValue());
            }
        } finally {
            both.shutdownNow();
        }
        long imported = 0;
        long duplicates = 0;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
        for (long id : ids) {
            // A job that lost a conflict is failed for a moment, until it resumes by itself.
            JsonObject report = json(lotte.get("/api/staff/import/" + id));
            while (!"COMPLETED".equals(report.getString("status"))) {
                assertTrue(Instant.now().isBefore(giveUp), "not completed within 4 minutes: " + report);
                Thread.sleep(500);
                report = json(lotte.get("/api/staff/import/" + id));
            }
            assertEquals(copies * 10_000L, number(report, "lines"));
            imported += number(report, "imported");
            duplicates += number(report, "duplicates");
        }
        List<String> nodes = new ArrayList<>();
        for (long id : ids) {
            nodes.add((String) CLUSTER.databaseValue("SELECT node FROM import_run WHERE id = ?", id));
        }
        long resumed = CLUSTER.servers().stream()
                .mapToLong(s -> CLUSTER.log(s).split("lost a write conflict; resuming", -1).length - 1)
                .sum();
        System.out.println(
                "Two imports of one log at once on " + nodes + ": " + resumed + " resumed after a write conflict");
        assertEquals(copies * number(clean, "imported"), imported, "every line imported by one of the two");
        assertEquals(copies * number(clean, "imported"), duplicates, "and found a duplicate by the other");
        assertEquals(
                copies * number(clean, "imported"),
                ((Number) CLUSTER.databaseValue("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site))
                        .longValue());
        assertEquals(
                copies * number(clean, "bytesCounted"),
                ((Number) CLUSTER.databaseValue("SELECT sum(bytes_served) FROM traffic_day WHERE website_id = ?", site))
                        .longValue(),
                "the traffic counted once per line");
    }

    private static long newWebsite(String host) {
        return CLUSTER.databaseInsert(
                "INSERT INTO website (customer_id, hostname, plan_name, traffic_limit_bytes, created_at)"
                        + " SELECT id, ?, 'Zakelijk', 107374182400, UTC_TIMESTAMP() FROM customer WHERE customer_number = 'PV100912'",
                host);
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static long number(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /**
     * Ruud and Eva fill in a new request each, one on each server (the balancer alternates), and
     * save at the same moment, three times: both servers append to the chain through their own
     * database node, and the one whose commit loses Galera's certification runs again after the
     * other's event.
     */
    private static void twoStaffMembersRegisterAtTheSameMomentOnTwoNodes() throws IOException {
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        try (Browser ruud = new Browser(CLUSTER.url());
                Browser eva = new Browser(CLUSTER.url())) {
            ruud.login("ruud.smit", "Welkom-Ruud-2026");
            eva.login("eva.visser", "Welkom-Eva-2026");
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                for (int round = 1; round <= 3; round++) {
                    for (Browser b : List.of(ruud, eva)) {
                        StaffScreens.fillRequest(
                                b,
                                new StaffScreens.NewRequest(
                                        "SUBSCRIBER_DATA",
                                        "SV_SUBSCRIBER_DATA",
                                        "Politie Eenheid Utrecht",
                                        "PV100912",
                                        "Gelijktijdig geregistreerd",
                                        null));
                    }
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<String>> saved = new ArrayList<>();
                    for (Browser b : List.of(ruud, eva)) {
                        saved.add(both.submit(() -> {
                            together.await();
                            try {
                                return StaffScreens.saveRequest(b);
                            } catch (RuntimeException e) {
                                b.screenshot("cluster-staff-registered-together-failed");
                                throw new AssertionError("after saving: " + b.pageText(), e);
                            }
                        }));
                    }
                    for (Future<String> f : saved) {
                        numbers.add(f.get(2, TimeUnit.MINUTES));
                    }
                }
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("saving at the same moment failed", e);
            } finally {
                both.shutdownNow();
            }
            eva.screenshot("cluster-staff-registered-together");
        }
        assertEquals(6, numbers.size(), "six requests, six register numbers: " + numbers);
        HttpResponse<String> verify = new PortalHttp(CLUSTER.url())
                .login("ruud.smit", "Welkom-Ruud-2026")
                .get("/api/staff/register/verify");
        assertEquals(200, verify.statusCode(), verify.body());
        assertTrue(verify.body().contains("\"intact\":true"), "one chain, no fork: " + verify.body());
        long retried = CLUSTER.servers().stream()
                .mapToLong(
                        s -> CLUSTER.log(s).split("DisclosureRegister.register lost a write conflict", -1).length - 1)
                .sum();
        System.out.println("Register appends run again after a write conflict: " + retried);
    }

    /** How long requests failed after the database node went, and how many did. */
    record Failover(Duration window, int failed, int answered) {}

    /**
     * Asks for the customer's data through the balancer, again and again, until twenty answers in a
     * row are good; the window is the time from the node's death to the last failure.
     */
    private static Failover awaitFailover(PortalHttp customer) {
        Instant killed = Instant.now();
        Instant lastFailure = killed;
        int failed = 0;
        int answered = 0;
        int goodInARow = 0;
        while (goodInARow < 20) {
            if (Duration.between(killed, Instant.now()).toMinutes() >= 2) {
                throw new AssertionError("no failover within 2 minutes: " + failed + " of " + answered + " failed");
            }
            answered++;
            int status;
            try {
                status = customer.get("/api/me").statusCode();
            } catch (RuntimeException e) {
                status = -1;
            }
            if (status == 200) {
                goodInARow++;
            } else {
                failed++;
                goodInARow = 0;
                lastFailure = Instant.now();
            }
        }
        return new Failover(Duration.between(killed, lastFailure), failed, answered);
    }

    private static void retype(Browser browser, String field, String text) {
        WebElement input = browser.byId("contact:" + field);
        input.clear();
        input.sendKeys(text);
    }

    private static String everythingIn(HttpResponse<InputStream> zip) throws IOException {
        assertEquals(200, zip.statusCode());
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            ZipEntry e;
            StringBuilder found = new StringBuilder();
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                found.append(bytes.toString(StandardCharsets.UTF_8));
            }
            return found.toString();
        }
    }
}
