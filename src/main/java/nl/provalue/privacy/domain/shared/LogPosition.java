package nl.provalue.privacy.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * A place in a log read by keyset (P4, P6): the time and id of one line. A page continues after
 * (or before) it.
 */
public record LogPosition(Instant at, long id) implements java.io.Serializable {

    public LogPosition {
        Objects.requireNonNull(at, "at");
    }
}
