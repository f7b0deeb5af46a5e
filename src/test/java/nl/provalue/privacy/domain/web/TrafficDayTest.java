package nl.provalue.privacy.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** P3: the calendar day a request counts on is the provider's, Europe/Amsterdam. */
class TrafficDayTest {

    @Test
    void p3_aRequestAt2330UtcInWinterCountsOnTheNextAmsterdamDay() {
        assertEquals(LocalDate.of(2026, 12, 1), TrafficDay.dayOf(Instant.parse("2026-11-30T23:30:00Z")));
        assertEquals(LocalDate.of(2026, 11, 30), TrafficDay.dayOf(Instant.parse("2026-11-30T22:59:59Z")));
    }

    @Test
    void p3_inSummerTheDayTurnsTwoHoursBeforeMidnightUtc() {
        assertEquals(LocalDate.of(2026, 7, 2), TrafficDay.dayOf(Instant.parse("2026-07-01T22:00:00Z")));
        assertEquals(LocalDate.of(2026, 7, 1), TrafficDay.dayOf(Instant.parse("2026-07-01T21:59:59Z")));
    }
}
