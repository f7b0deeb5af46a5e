package nl.provalue.privacy.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.retention.Departure.Fate;
import nl.provalue.privacy.domain.rights.ErasureAssessment;
import org.junit.jupiter.api.Test;

/** P8: what becomes of each category when a customer leaves, and on which day. */
class DepartureTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void p8_aContractEndsAtTheStartOfTheDayAfterItsLastDayInAmsterdam() {
        Departure winter = Departure.afterLastDay(LocalDate.of(2027, 1, 31));
        assertEquals(Instant.parse("2027-01-31T23:00:00Z"), winter.leftAt());
        assertEquals(LocalDate.of(2027, 1, 31), winter.lastDay());
        // Summer time: Amsterdam is two hours ahead of UTC.
        Departure summer = Departure.afterLastDay(LocalDate.of(2027, 6, 30));
        assertEquals(Instant.parse("2027-06-30T22:00:00Z"), summer.leftAt());
        assertEquals(LocalDate.of(2027, 6, 30), summer.lastDay());
    }

    @Test
    void p8_aContractEndedNowHasTodayAsItsLastDay() {
        Departure now = new Departure(Instant.parse("2026-12-02T14:30:00Z"));
        assertEquals(LocalDate.of(2026, 12, 2), now.lastDay());
        // 23:30 UTC on 2 December is already 3 December in Amsterdam.
        assertEquals(LocalDate.of(2026, 12, 3), new Departure(Instant.parse("2026-12-02T23:30:00Z")).lastDay());
    }

    @Test
    void p8_hasHappenedFromItsMomentOn() {
        Departure d = Departure.afterLastDay(LocalDate.of(2027, 1, 31));
        assertTrue(!d.hasHappenedAt(d.leftAt().minusNanos(1)));
        assertTrue(d.hasHappenedAt(d.leftAt()));
    }

    @Test
    void p8_theAdministrationIsKeptSevenYearsFromTheEndOfTheYearTheContractEnded() {
        assertEquals(
                LocalDate.of(2034, 1, 1).atStartOfDay(AMSTERDAM).toInstant(),
                Departure.afterLastDay(LocalDate.of(2026, 12, 31)).administrationEndsAt(),
                "a contract whose last day is New Year's Eve belongs to that year");
        assertEquals(
                LocalDate.of(2035, 1, 1).atStartOfDay(AMSTERDAM).toInstant(),
                Departure.afterLastDay(LocalDate.of(2027, 1, 1)).administrationEndsAt());
        assertEquals(
                LocalDate.of(2034, 12, 31),
                Departure.afterLastDay(LocalDate.of(2027, 3, 15))
                        .outcome(KeptCategory.PAPER_RECORDS)
                        .on());
    }

    @Test
    void p8_eachCategoryHasItsFateAndDay() {
        Departure d = Departure.afterLastDay(LocalDate.of(2027, 1, 31));
        assertEquals(
                new Departure.Outcome(KeptCategory.WHOIS, Fate.ERASED_AT_END, LocalDate.of(2027, 2, 1)),
                d.outcome(KeptCategory.WHOIS));
        assertEquals(
                new Departure.Outcome(
                        KeptCategory.CONTACT_AND_PROFILE,
                        Fate.PARTLY_KEPT_FOR_ADMINISTRATION,
                        LocalDate.of(2034, 12, 31)),
                d.outcome(KeptCategory.CONTACT_AND_PROFILE));
        // P4: the mail log of the last day goes four weeks later.
        assertEquals(LocalDate.of(2027, 3, 1), d.outcome(KeptCategory.MAIL_LOG).on());
        // P7: no backup is taken after the end, so the last one goes within six months.
        assertEquals(LocalDate.of(2027, 8, 1), d.outcome(KeptCategory.BACKUPS).on());
        // P3: sign-in records after 180 days.
        assertEquals(
                LocalDate.of(2027, 7, 31),
                d.outcome(KeptCategory.SIGN_IN_RECORDS).on());
        assertEquals(Fate.KEPT_BY_LAW, d.outcome(KeptCategory.DISCLOSURES).fate());
        assertNull(d.outcome(KeptCategory.DISCLOSURES).on());
        assertNull(d.outcome(KeptCategory.TECHNICAL_LOGS).on(), "server logs have no period of their own");
        assertEquals(KeptCategory.values().length, d.outcomes().size());
        for (Departure.Outcome o : d.outcomes()) {
            assertEquals(Departure.fate(o.category()), o.fate());
            if (o.fate() != Fate.KEPT_BY_LAW && o.category() != KeptCategory.TECHNICAL_LOGS) {
                assertNotNull(o.on(), o.category() + " has a day");
                assertTrue(!o.on().isBefore(d.lastDay()), o.category() + " is not gone before the contract ends");
            }
        }
    }

    /** What goes at the end of a contract is what an erasure request may take once the customer is gone. */
    @Test
    void p8_agreesWithWhatAnErasureRequestSays() {
        for (KeptCategory c : KeptCategory.values()) {
            Set<Fate> allowed = switch (ErasureAssessment.outcomeOf(c)) {
                case ERASED_NOW, KEPT_WHILE_CUSTOMER ->
                    EnumSet.of(Fate.ERASED_AT_END, Fate.PARTLY_KEPT_FOR_ADMINISTRATION);
                case KEPT_BY_LAW -> EnumSet.of(Fate.KEPT_BY_LAW, Fate.KEPT_FOR_ADMINISTRATION);
                case GOES_BY_ITSELF -> EnumSet.of(Fate.GOES_BY_ITSELF);
            };
            assertTrue(allowed.contains(Departure.fate(c)), c + ": " + Departure.fate(c));
        }
    }
}
