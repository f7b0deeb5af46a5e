package nl.provalue.privacy.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.domain.retention.RetentionLease;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.infrastructure.persistence.SqlTime;

/**
 * The lease as one row per rule, taken with a single conditional UPDATE: the database decides
 * which server wins, whatever the number of servers racing for it.
 */
@RetriedOnConflict
@ApplicationScoped
public class JdbcRetentionLease implements RetentionLease {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(RetentionRule rule, String holder, Instant now, Instant until) {
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c, rule);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE retention_lease SET holder = ?, lease_until = ?"
                            + " WHERE rule_id = ? AND (holder IS NULL OR holder = ? OR lease_until IS NULL OR lease_until < ?)")) {
                p.setString(1, holder);
                p.setObject(2, SqlTime.wallClock(until));
                p.setString(3, rule.name());
                p.setString(4, holder);
                p.setObject(5, SqlTime.wallClock(now));
                return p.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the lease of " + rule, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(RetentionRule rule, String holder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "UPDATE retention_lease SET holder = NULL, lease_until = NULL WHERE rule_id = ? AND holder = ?")) {
            p.setString(1, rule.name());
            p.setString(2, holder);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the lease of " + rule, e);
        }
    }

    @Override
    public Optional<Holding> holding(RetentionRule rule) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p =
                        c.prepareStatement("SELECT holder, lease_until FROM retention_lease WHERE rule_id = ?")) {
            p.setString(1, rule.name());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Holding(rs.getString(1), SqlTime.read(rs, 2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lease of " + rule, e);
        }
    }

    private static void ensureRow(Connection c, RetentionRule rule) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM retention_lease WHERE rule_id = ?")) {
            p.setString(1, rule.name());
            if (p.executeQuery().next()) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO retention_lease (rule_id) VALUES (?)")) {
            p.setString(1, rule.name());
            p.executeUpdate();
        } catch (SQLException raced) {
            // Another server inserted the row first (a unique violation): fine, the UPDATE decides.
            if (raced.getSQLState() == null || !raced.getSQLState().startsWith("23")) {
                throw raced;
            }
        }
    }
}
