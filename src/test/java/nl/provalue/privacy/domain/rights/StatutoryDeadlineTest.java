package nl.provalue.privacy.domain.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryDeadlineTest {

    @ParameterizedTest(name = "received {0}: answer by {1}, extended {2}")
    @CsvSource({
        "2026-11-26, 2026-12-26, 2027-02-26",
        "2026-01-31, 2026-02-28, 2026-04-30", // no 31 February: the last day of the month
        "2028-01-31, 2028-02-29, 2028-04-30", // leap year
        "2028-01-29, 2028-02-29, 2028-04-29",
        "2027-01-29, 2027-02-28, 2027-04-29", // common year
        "2028-02-29, 2028-03-29, 2028-05-29", // received on a leap day
        "2026-03-31, 2026-04-30, 2026-06-30",
        "2026-05-31, 2026-06-30, 2026-08-31", // extension counted from receipt, not from 30 June
        "2026-08-31, 2026-09-30, 2026-11-30",
        "2026-11-30, 2026-12-30, 2027-02-28", // across the year end into February
        "2026-12-31, 2027-01-31, 2027-03-31",
        "2027-11-30, 2027-12-30, 2028-02-29"
    })
    void oneMonthFromReceipt_extendedTwoMore(LocalDate received, LocalDate deadline, LocalDate extended) {
        assertEquals(deadline, StatutoryDeadline.of(received));
        assertEquals(extended, StatutoryDeadline.extended(received));
    }

    @ParameterizedTest(name = "deadline {0}, today {1}: {2}")
    @CsvSource({
        "2026-12-26, 2026-12-26, DUE_SOON",
        "2026-12-26, 2026-12-27, OVERDUE",
        "2026-12-26, 2026-12-19, DUE_SOON",
        "2026-12-26, 2026-12-18, ON_TIME",
        "2027-01-03, 2026-12-27, DUE_SOON"
    })
    void urgency(LocalDate deadline, LocalDate today, StatutoryDeadline.Urgency expected) {
        assertEquals(expected, StatutoryDeadline.urgency(deadline, today));
    }
}
