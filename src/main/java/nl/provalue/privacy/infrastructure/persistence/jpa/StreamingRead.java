package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * One statement whose rows are handed over as the database sends them, on the connection of the
 * current transaction: the driver fetches {@value #FETCH} rows at a time, no entity is made and
 * nothing is kept, so reading millions of rows costs the memory of one fetch. Times are read as
 * Hibernate stores them here (UTC wall-clock time).
 */
final class StreamingRead {

    /** Rows fetched from the database at a time. */
    static final int FETCH = 1_000;

    private StreamingRead() {}

    /** Reads one row; the result set stands on it. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet r) throws SQLException;
    }

    /** Runs the statement with its one parameter, the owner's id, and hands over every row in order. */
    static void each(EntityManager em, String sql, long ownerId, Row row) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement p =
                    c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                p.setFetchSize(FETCH);
                p.setLong(1, ownerId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        row.read(r);
                    }
                }
            }
        });
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
