package nl.provalue.privacy.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.testsupport.TimedServer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * How long the portal takes from {@code server start} to {@code /health/ready}
 * answering 200 (MariaDB, the schema already there, no demo data to make), against the same
 * Liberty with the same {@code server.xml}, features and settings and a one-file application
 * instead of the portal. Each server is started once first (that start builds Liberty's work
 * area and, for the portal, the schema), then three times measured; the medians are compared. It
 * fails when the portal takes more than 1.5 times as long.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=StartupBenchIT}; figures in target/perf/startup.txt.
 */
class StartupBenchIT {

    private static final int STARTS = 3;

    @Test
    void thePortalIsReadyWithinOneAndAHalfTimesAnEmptyApplication() throws Exception {
        String database = "portal_startup_bench";
        String url = System.getProperty("it.db.url", "jdbc:mariadb://127.0.0.1:3306/portal_it");
        String admin = url.substring(0, url.lastIndexOf('/') + 1);
        String user = System.getProperty("it.db.user", "root");
        String password = System.getProperty("it.db.password", "");
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        Map<String, String> settings = Map.of(
                "db.url", admin + database,
                "db.user", user,
                "db.password", password,
                "db.datasource", "org.mariadb.jdbc.MariaDbDataSource",
                "portal.demo.data", "false",
                "https.port", "9594",
                "portal.retention.interval.minutes", "0",
                "portal.import.dir",
                        Path.of("target/startup-bench/imports").toAbsolutePath().toString(),
                "portal.server.name", "startup");

        Path empty = Path.of("target/startup-bench/empty.war").toAbsolutePath();
        Files.createDirectories(empty.getParent());
        ShrinkWrap.create(WebArchive.class, "empty.war")
                .add(new StringAsset("<!DOCTYPE html><title>Leeg</title><p>Leeg.</p>"), "index.html")
                .as(ZipExporter.class)
                .exportTo(empty.toFile(), true);

        List<String> report = new ArrayList<>();
        TimedServer.Start portal = medianOf(
                new TimedServer("startup-portal", 9593, settings, Path.of("target/portal.war")), "the portal", report);
        TimedServer.Start bare =
                medianOf(new TimedServer("startup-empty", 9593, settings, empty), "a one-file application", report);
        double ratio = portal.toReady().toMillis() / (double) bare.toReady().toMillis();
        report.add(String.format(
                "start to ready, portal / one-file application: %.2f× (resident memory %.2f×)",
                ratio, portal.residentBytes() / (double) bare.residentBytes()));

        Path out = Path.of("target/perf");
        Files.createDirectories(out);
        Files.write(out.resolve("startup.txt"), report);
        report.forEach(System.out::println);
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
        assertTrue(ratio <= 1.5, String.format("the portal took %.2f times as long to be ready (at most 1.5)", ratio));
    }

    /** One start that is not counted, then the median of the measured ones. */
    private static TimedServer.Start medianOf(TimedServer server, String what, List<String> report) {
        TimedServer.Start first;
        List<TimedServer.Start> starts = new ArrayList<>();
        try (server) {
            first = server.start();
            server.stop();
            for (int i = 0; i < STARTS; i++) {
                starts.add(server.start());
                server.stop();
            }
        }
        starts.sort(Comparator.comparing(TimedServer.Start::toReady));
        TimedServer.Start median = starts.get(STARTS / 2);
        report.add(String.format(
                "%s: first start %,d ms; then %s ms; median %,d ms, resident memory at ready %,d MB",
                what,
                first.toReady().toMillis(),
                starts.stream()
                        .map(s -> String.format("%,d", s.toReady().toMillis()))
                        .toList(),
                median.toReady().toMillis(),
                median.residentBytes() / (1024 * 1024)));
        return median;
    }
}
