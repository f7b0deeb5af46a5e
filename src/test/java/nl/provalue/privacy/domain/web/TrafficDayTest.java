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

    @Test
    void p3_daysInARowGiveTheDayOfEachRequestAcrossMidnightsAndClockChanges() {
        TrafficDay.Days days = new TrafficDay.Days();
        // Every 7 minutes and 13.5 seconds over the clock changes of 2026, forwards and then back.
        Instant[] spans = {Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z")};
        for (Instant start : spans) {
            for (long s = 0; s < 5 * 24 * 3600; s += 433) {
                Instant at = start.plusSeconds(s).plusMillis(500);
                assertEquals(TrafficDay.dayOf(at), days.of(at), at.toString());
            }
            for (long s = 5 * 24 * 3600; s > 0; s -= 433) {
                Instant at = start.plusSeconds(s);
                assertEquals(TrafficDay.dayOf(at), days.of(at), at.toString());
            }
        }
        assertEquals(LocalDate.of(2026, 3, 29), days.of(Instant.parse("2026-03-28T23:00:00Z")));
        assertEquals(LocalDate.of(2026, 3, 28), days.of(Instant.parse("2026-03-28T22:59:59.999Z")));
        assertEquals(LocalDate.of(2026, 3, 30), days.of(Instant.parse("2026-03-29T22:00:00Z")));
        assertEquals(LocalDate.of(2026, 3, 29), days.of(Instant.parse("2026-03-29T21:59:59.999999999Z")));
    }
}
