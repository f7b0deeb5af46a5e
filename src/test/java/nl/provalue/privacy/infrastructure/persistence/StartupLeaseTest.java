package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up lease on H2: servers starting at once do their work one after the other, a lease left by
 * a dead server is taken when its term has run out, a held lease is renewed while the work runs, and
 * an empty schema is told apart from a foreign one.
 */
class StartupLeaseTest {

    private static int databases;

    private JdbcDataSource dataSource;
    private ScheduledExecutorService renewals;
    private ExecutorService servers;

    @BeforeEach
    void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:lease" + (++databases) + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        renewals = Executors.newSingleThreadScheduledExecutor();
        servers = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void tearDown() {
        renewals.shutdownNow();
        servers.shutdownNow();
    }

    private StartupLease lease(String holder, Duration term, Duration patience) {
        return new StartupLease(dataSource, holder, term, patience, renewals, System::currentTimeMillis);
    }

    private record Span(String holder, long from, long to) {}

    @Test
    void threeServersStartingAtOnceWorkOneAfterTheOther() throws Exception {
        List<Span> spans = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch together = new CountDownLatch(3);
        List<Future<?>> started = new ArrayList<>();
        for (String server : List.of("a", "b", "c")) {
            started.add(servers.submit(() -> {
                together.countDown();
                together.await();
                return lease(server, Duration.ofSeconds(5), Duration.ofSeconds(20))
                        .whileHeld(() -> {
                            long from = System.nanoTime();
                            pause(300);
                            spans.add(new Span(server, from, System.nanoTime()));
                            return null;
                        });
            }));
        }
        for (Future<?> f : started) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertEquals(3, spans.size());
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> Long.compare(x.from(), y.from()));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i).from() >= sorted.get(i - 1).to(), "no two servers work at once: " + sorted);
        }
    }

    @Test
    void aLeaseLeftByADeadServerIsTakenWhenItsTermHasRunOut() throws Exception {
        lease("warm-up", Duration.ofSeconds(1), Duration.ZERO).whileHeld(() -> null);
        long runsOutAt = System.currentTimeMillis() + 1_500;
        execute("UPDATE startup_lease SET holder = 'dead-server', lease_until = " + runsOutAt + " WHERE id = 1");

        long startedAt =
                lease("next", Duration.ofSeconds(1), Duration.ofSeconds(10)).whileHeld(System::currentTimeMillis);

        assertTrue(startedAt > runsOutAt, "the work waited until the dead server's term ran out");
    }

    @Test
    void aHeldLeaseIsRenewedSoAnotherServerWaitsForLongWork() throws Exception {
        StartupLease first = lease("first", Duration.ofSeconds(1), Duration.ofSeconds(10));
        CountDownLatch working = new CountDownLatch(1);
        Future<Long> firstEnded = servers.submit(() -> first.whileHeld(() -> {
            working.countDown();
            pause(2_500); // more than twice the term: without renewals the other would get in
            assertTrue(first.isHeld(), "still held after more than its term");
            return System.currentTimeMillis();
        }));
        assertTrue(working.await(10, TimeUnit.SECONDS));

        long secondStarted =
                lease("second", Duration.ofSeconds(1), Duration.ofSeconds(10)).whileHeld(System::currentTimeMillis);

        assertTrue(
                secondStarted >= firstEnded.get(10, TimeUnit.SECONDS), "the second began after the first had finished");
        assertFalse(first.isHeld(), "let go after the work");
    }

    @Test
    void aServerThatLostTheLeaseStopsBeforeItsNextMigration() throws SQLException {
        StartupLease lease = lease("slow", Duration.ofSeconds(1), Duration.ofSeconds(5));
        IllegalStateException stopped = assertThrows(
                IllegalStateException.class,
                () -> lease.whileHeld(() -> {
                    lease.checkHeld(); // held: goes on
                    try {
                        // Another server took it over (this one's renewals came too late).
                        execute("UPDATE startup_lease SET holder = 'other', lease_until = "
                                + (System.currentTimeMillis() + 60_000) + " WHERE id = 1");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    pause(700); // a renewal finds the lease taken
                    lease.checkHeld();
                    return "never";
                }));
        assertTrue(stopped.getMessage().contains("no longer holds"), stopped.getMessage());
        assertEquals(1L, count("SELECT count(*) FROM startup_lease WHERE holder = 'other'"), "the other keeps it");
    }

    @Test
    void aServerGivesUpItsStartWhenTheLeaseIsHeldBeyondItsPatience() throws Exception {
        lease("warm-up", Duration.ofSeconds(1), Duration.ZERO).whileHeld(() -> null);
        execute("UPDATE startup_lease SET holder = 'other', lease_until = " + (System.currentTimeMillis() + 60_000)
                + " WHERE id = 1");

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> lease("late", Duration.ofSeconds(1), Duration.ofMillis(600))
                        .whileHeld(() -> "never"));
        assertTrue(refused.getMessage().contains("not starting"), refused.getMessage());
    }

    @Test
    void theLeaseIsLetGoWhenTheWorkFails() {
        StartupLease lease = lease("failing", Duration.ofSeconds(30), Duration.ZERO);
        assertThrows(
                IllegalStateException.class,
                () -> lease.whileHeld(() -> {
                    throw new IllegalStateException("migration failed");
                }));
        assertEquals(
                "next",
                lease("next", Duration.ofSeconds(30), Duration.ZERO).whileHeld(() -> "next"),
                "the next server does not wait for the failed one's term");
    }

    @Test
    void anEmptySchemaGetsABaselineAForeignOneIsRefused() throws Exception {
        assertTrue(SchemaMigration.isEmptyButForTheLease(dataSource), "nothing at all");
        lease("a", Duration.ofSeconds(1), Duration.ZERO).whileHeld(() -> null);
        assertTrue(SchemaMigration.isEmptyButForTheLease(dataSource), "only the lease's table");

        execute("CREATE TABLE something_else (id INT PRIMARY KEY)");
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> SchemaMigration.isEmptyButForTheLease(dataSource));
        assertTrue(refused.getMessage().contains("no migration history"), refused.getMessage());

        execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
        assertFalse(SchemaMigration.isEmptyButForTheLease(dataSource), "the portal's own schema");
    }

    @Test
    void aHolderNameMustFitItsColumn() {
        assertThrows(
                IllegalArgumentException.class, () -> lease("x".repeat(201), Duration.ofSeconds(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> lease("", Duration.ofSeconds(1), Duration.ZERO));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
