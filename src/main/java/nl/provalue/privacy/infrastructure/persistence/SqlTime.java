package nl.provalue.privacy.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in SQL the way Hibernate stores them here ({@code hibernate.jdbc.time_zone=UTC}): UTC
 * wall-clock times, whatever the time zone of the server's own clock.
 *
 * <ul>
 *   <li>Plain JDBC sets {@link #wallClock} and reads with {@link #read}: a {@link LocalDateTime}
 *       goes to the driver and back as it is. A {@link Timestamp} would be turned into a reading of
 *       the server's clock, wrong in the hour the clocks skip when that clock is not on UTC.
 *   <li>Hibernate's native queries take the {@link Instant} itself as a parameter (bound in UTC, as
 *       the entities' times are) and hand their results to {@link #fromResult}.
 * </ul>
 */
public final class SqlTime {

    private SqlTime() {}

    /** The UTC wall-clock time of the instant, for plain JDBC: no calendar or time zone is consulted. */
    public static LocalDateTime wallClock(Instant instant) {
        return instant == null
                ? null
                : LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    /** A UTC wall-clock column read with plain JDBC; null when the column is. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        LocalDateTime wall = rs.getObject(column, LocalDateTime.class);
        return wall == null ? null : wall.toInstant(ZoneOffset.UTC);
    }

    /**
     * A date-time value as one of Hibernate's native queries returns it, whatever type it chose. A
     * {@link Timestamp} from Hibernate was read in UTC, so it is the moment itself; a
     * {@link LocalDateTime} is the UTC reading.
     */
    public static Instant fromResult(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalArgumentException("Not a date-time: " + value.getClass());
    }
}
