package nl.provalue.privacy.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {

    private static final String SETTING = "PORTAL_IMPORT_MAX_SIZE";

    @Test
    void readsBytesAndSuffixes() {
        assertEquals(536_870_912L, ByteSizes.parse(SETTING, "512m", 0));
        assertEquals(536_870_912L, ByteSizes.parse(SETTING, "512MB", 0));
        assertEquals(1L << 30, ByteSizes.parse(SETTING, "1g", 0));
        assertEquals(2L << 30, ByteSizes.parse(SETTING, "2g", 0));
        assertEquals(800L << 10, ByteSizes.parse(SETTING, " 800k ", 0));
        assertEquals(10_240, ByteSizes.parse(SETTING, "10k", 0));
        assertEquals(2048, ByteSizes.parse(SETTING, "2048", 0));
        assertEquals(0, ByteSizes.parse(SETTING, "0", 7));
        assertEquals(12345, ByteSizes.parse(SETTING, 12345L, 0));
        assertEquals(1L << 40, ByteSizes.parse(SETTING, "1t", 0));
    }

    @Test
    void withoutTheSettingAtAllTheDefaultHolds() {
        assertEquals(7, ByteSizes.parse(SETTING, null, 7));
    }

    /** Once a wrong value quietly became the default: now the start stops, saying which setting is wrong. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "12x",
                "-5m",
                "",
                "  ",
                "lots",
                "99999999999g",
                "99999999999999999999",
                "1.5g",
                "m",
                "mb",
                "+5m",
                "5 5m",
                "1b0"
            })
    void refusesWhatIsNotASizeNamingTheSettingAndTheValue(String value) {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> ByteSizes.parse(SETTING, value, 7));
        assertTrue(refused.getMessage().startsWith(SETTING + " is \"" + value + "\": "), refused.getMessage());
    }

    @Test
    void aNegativeNumberIsRefusedToo() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> ByteSizes.parse(SETTING, -5, 7));
        assertTrue(refused.getMessage().contains(SETTING), refused.getMessage());
    }
}
