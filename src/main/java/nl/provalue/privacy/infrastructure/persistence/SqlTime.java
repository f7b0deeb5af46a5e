package nl.provalue.privacy.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants in plain JDBC the way Hibernate stores them here: UTC wall-clock time. */
public final class SqlTime {

    private SqlTime() {}

    public static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * The same UTC wall-clock time as a JDBC 4.2 value, for statements that set many: no calendar
     * or time zone of the JVM is consulted, where a {@link Timestamp} makes the driver build one
     * per value.
     */
    public static LocalDateTime wallClock(Instant instant) {
        return instant == null
                ? null
                : LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    public static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** A date-time value as a native query returns it, whatever type the driver chose. */
    public static Instant fromResult(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return toInstant(t);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalArgumentException("Not a date-time: " + value.getClass());
    }
}
