package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SqlTimeTest {

    @Test
    void theWallClockValueIsTheUtcReadingOfTheInstantAndEveryResultTypeReadsBack() {
        for (String at : new String[] {
            "2026-03-29T01:30:00Z", // an hour that does not exist in Amsterdam
            "2026-10-25T00:30:00.123456Z",
            "1999-12-31T23:59:59Z"
        }) {
            Instant instant = Instant.parse(at);
            LocalDateTime wall = SqlTime.wallClock(instant);
            assertEquals(LocalDateTime.parse(at.substring(0, at.length() - 1)), wall);
            assertEquals(instant, SqlTime.fromResult(wall));
            assertEquals(instant, SqlTime.fromResult(java.sql.Timestamp.from(instant)));
            assertEquals(instant, SqlTime.fromResult(instant.atOffset(java.time.ZoneOffset.ofHours(2))));
        }
        assertNull(SqlTime.wallClock(null));
    }
}
