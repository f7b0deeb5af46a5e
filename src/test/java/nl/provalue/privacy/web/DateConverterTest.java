package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Days are read the way people write them, and never moved to another day. */
class DateConverterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Test
    void aDutchDayIsReadAsWrittenOnDutchScreens() {
        assertEquals(Optional.of(DAY), DateConverter.parse("15-12-2026"));
        assertEquals(Optional.of(DAY), DateConverter.parse("15/12/2026"));
        assertEquals(Optional.of(DAY), DateConverter.parse("15.12.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), DateConverter.parse("5-3-2026"));
        assertEquals(Optional.of(DAY), DateConverter.parse("2026-12-15"), "the ISO form is read too");
    }

    @Test
    void aDayThatDoesNotExistIsRefused_notMoved() {
        assertTrue(DateConverter.parse("31-02-2026").isEmpty());
        assertTrue(DateConverter.parse("2026-02-30").isEmpty());
        assertTrue(DateConverter.parse("15-13-2026").isEmpty());
        assertTrue(DateConverter.parse("morgen").isEmpty());
        assertTrue(DateConverter.parse("15-12-26").isEmpty(), "a two-digit year is not guessed");
    }

    @Test
    void theFieldShowsTheDayInThePagesOwnForm() {
        assertEquals("dd-MM-yyyy", Language.datePattern(Locale.forLanguageTag("nl")));
        assertEquals("yyyy-MM-dd", Language.datePattern(Locale.ENGLISH));
    }
}
