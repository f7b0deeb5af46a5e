package nl.provalue.privacy.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.provalue.privacy.application.ConflictRetryInterceptor;

/**
 * One server at a time migrates the schema and loads the demo data, also when several servers start
 * at once on a Galera cluster: a lease on the one row of {@code startup_lease}, taken with one
 * conditional UPDATE and renewed while the work runs.
 * <p>
 * Flyway's own lock is not enough there. On a Galera node (WSREP_ON) Flyway does not use
 * {@code GET_LOCK} but a row lock ({@code SELECT ... FOR UPDATE}) on its history table, and a row
 * lock holds only on the node that took it. A committed UPDATE is certified on every node: of two
 * servers taking the lease at once through two nodes, one commits and the other gets a deadlock error,
 * after which it finds the lease held and waits. A server that dies while holding the lease stops
 * renewing it; the next one takes it when its term has run out. A server that could not renew in
 * time stops before its next migration ({@link #checkHeld}). The holder's name must be unique to
 * one start (the caller adds a random part): a lease is never taken again by its own holder.
 * <p>
 * The lease times are epoch milliseconds of the servers' own clocks, so the table needs no time zone.
 * The table is made here, before Flyway runs, so Flyway never sees an empty schema:
 * {@link SchemaMigration} recognises an empty one itself.
 */
public final class StartupLease {

    /** The lease's table, made here before any migration. */
    public static final String TABLE = "startup_lease";

    private static final Logger LOG = Logger.getLogger(StartupLease.class.getName());

    private final DataSource dataSource;
    private final String holder;
    private final Duration term;
    private final Duration patience;
    private final ScheduledExecutorService renewals;
    private final LongSupplier millis;
    /** Until when this server holds the lease, as far as it knows: set when taken and at each renewal. */
    private volatile long heldUntil;
    /** Set when a renewal found the lease taken by another server. */
    private volatile boolean lost;

    /**
     * @param holder   names this server in the lease row (at most 200 characters)
     * @param term     how long the lease holds without renewal; it is renewed every quarter of it
     * @param patience how long to wait for another server's lease before giving up the start
     * @param renewals runs the renewals while the work runs
     * @param millis   the clock, in epoch milliseconds
     */
    public StartupLease(
            DataSource dataSource,
            String holder,
            Duration term,
            Duration patience,
            ScheduledExecutorService renewals,
            LongSupplier millis) {
        if (holder.isEmpty() || holder.length() > 200) {
            throw new IllegalArgumentException("A lease holder's name has 1 to 200 characters");
        }
        if (term.toMillis() < 1_000 || patience.isNegative()) {
            throw new IllegalArgumentException("A lease term is at least a second and the patience not negative");
        }
        this.dataSource = dataSource;
        this.holder = holder;
        this.term = term;
        this.patience = patience;
        this.renewals = renewals;
        this.millis = millis;
    }

    /** Takes the lease (waiting while another server holds it), runs the work, and lets the lease go. */
    public <T> T whileHeld(Supplier<T> work) {
        prepare();
        long giveUpAt = millis.getAsLong() + patience.toMillis();
        boolean waited = false;
        while (!tryTake()) {
            if (millis.getAsLong() > giveUpAt) {
                throw new IllegalStateException("Another server has held the start-up lease for more than "
                        + patience.toSeconds() + " s (" + TABLE + "); not starting");
            }
            if (!waited) {
                LOG.info("Another server is migrating the schema; waiting for it");
                waited = true;
            }
            sleep(Math.min(1_000, term.toMillis() / 4));
        }
        long every = Math.max(250, term.toMillis() / 4);
        ScheduledFuture<?> renewing = renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            renewing.cancel(false);
            release();
        }
    }

    /**
     * Refuses to go on when the lease was lost or ran out unrenewed (a stalled database, a clock far
     * off): checked before each migration, so that two servers never go on migrating at once.
     */
    public void checkHeld() {
        if (lost || millis.getAsLong() >= heldUntil) {
            throw new IllegalStateException("This server no longer holds the start-up lease (" + TABLE
                    + "); stopping its migration so that only one server migrates");
        }
    }

    /** Whether this server holds the lease now. */
    public boolean isHeld() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p =
                        c.prepareStatement("SELECT holder, lease_until FROM " + TABLE + " WHERE id = 1")) {
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && holder.equals(rs.getString(1)) && rs.getLong(2) >= millis.getAsLong();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the start-up lease", e);
        }
    }

    /** The table and its one row. */
    private void prepare() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                        + " (id INT NOT NULL PRIMARY KEY, holder VARCHAR(200), lease_until BIGINT NOT NULL)");
            }
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE id = 1");
                    ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO " + TABLE + " (id, holder, lease_until) VALUES (1, NULL, 0)")) {
                p.executeUpdate();
            } catch (SQLException raced) {
                // Another server inserted the row first: a unique violation, or on Galera a lost certification.
                if (!isUniqueViolation(raced) && !ConflictRetryInterceptor.isWriteConflict(raced)) {
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the start-up lease", e);
        }
    }

    private boolean tryTake() {
        long now = millis.getAsLong();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + TABLE + " SET holder = ?, lease_until = ?"
                    + " WHERE id = 1 AND (holder IS NULL OR lease_until < ?)")) {
                p.setString(1, holder);
                p.setLong(2, now + term.toMillis());
                p.setLong(3, now);
                if (p.executeUpdate() != 1) {
                    return false;
                }
                heldUntil = now + term.toMillis();
                lost = false;
                return true;
            }
        } catch (SQLException e) {
            if (ConflictRetryInterceptor.isWriteConflict(e)) {
                return false; // another server took it at the same moment through another node
            }
            throw new IllegalStateException("Cannot take the start-up lease", e);
        }
    }

    private void renew() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long until = millis.getAsLong() + term.toMillis();
            try (PreparedStatement p =
                    c.prepareStatement("UPDATE " + TABLE + " SET lease_until = ? WHERE id = 1 AND holder = ?")) {
                p.setLong(1, until);
                p.setString(2, holder);
                if (p.executeUpdate() == 1) {
                    heldUntil = until;
                } else {
                    lost = true;
                    LOG.severe("The start-up lease was taken by another server while this one still migrates");
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the start-up lease; trying again", e);
        }
    }

    private void release() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE " + TABLE + " SET holder = NULL, lease_until = 0 WHERE id = 1 AND holder = ?")) {
                p.setString(1, holder);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            // Not fatal: the lease runs out by itself after its term.
            LOG.log(
                    Level.WARNING,
                    "Could not let the start-up lease go; it runs out after " + term.toSeconds() + " s",
                    e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start-up lease", e);
        }
    }
}
