package nl.provalue.privacy.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P3: traffic is counted against the plan's limit. */
class TrafficUsageTest {

    @Test
    void p3_percentageOfLimit() {
        assertEquals(0, new TrafficUsage(0, 1000).percentOfLimit());
        assertEquals(79, new TrafficUsage(799, 1000).percentOfLimit());
        assertEquals(150, new TrafficUsage(1500, 1000).percentOfLimit());
    }

    @Test
    void p3_nearAndOverTheLimit() {
        assertFalse(new TrafficUsage(799, 1000).isNearLimit());
        assertTrue(new TrafficUsage(800, 1000).isNearLimit());
        assertFalse(new TrafficUsage(1000, 1000).isOverLimit());
        assertTrue(new TrafficUsage(1001, 1000).isOverLimit());
        assertFalse(new TrafficUsage(1001, 1000).isNearLimit());
    }

    @Test
    void p3_aPlanHasAPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new TrafficUsage(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Website(null, "www.example.nl", "Basis", 0, null));
    }

    @Test
    void p3_dailyCounterAddsUp() {
        TrafficDay day = new TrafficDay(null, java.time.LocalDate.of(2026, 11, 1));
        day.count(1000, 2);
        day.count(500, 1);
        assertEquals(1500, day.bytesServed());
        assertEquals(3, day.requests());
    }
}
