package nl.provalue.privacy.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @Test
    void readsWholeNumbersWithinTheirBoundsAndTheDefaultOnlyWithoutTheSetting() {
        assertEquals(30, WholeNumbers.parse("PORTAL_MAIL_LOG_POLL_SECONDS", "30", 5, 1, 3600));
        assertEquals(0, WholeNumbers.parse("PORTAL_RETENTION_INTERVAL_MINUTES", 0, 15, 0, 1440));
        assertEquals(28, WholeNumbers.parse("PORTAL_IMPORT_FAILED_FILE_DAYS", " 28 ", 7, 1, 28));
        assertEquals(7, WholeNumbers.parse("PORTAL_IMPORT_FAILED_FILE_DAYS", null, 7, 1, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "7d", "-1", "+5", "1.5", "0", "29", "99999999999999999999"})
    void refusesWhatIsNotAWholeNumberWithinBoundsNamingTheSetting(String value) {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> WholeNumbers.parse("PORTAL_IMPORT_FAILED_FILE_DAYS", value, 7, 1, 28));
        assertTrue(e.getMessage().startsWith("PORTAL_IMPORT_FAILED_FILE_DAYS is \"" + value + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("from 1 to 28"), e.getMessage());
    }
}
