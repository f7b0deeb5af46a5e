package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfiguredImportSettingsTest {

    private static ConfiguredImportSettings maxSize(Object setting) {
        ConfiguredImportSettings settings = new ConfiguredImportSettings();
        settings.maxSizeSetting = setting;
        return settings;
    }

    @Test
    void readsTheLargestLog() {
        assertEquals(512L << 20, maxSize("512m").maxFileBytes());
        assertEquals(
                ConfiguredImportSettings.DEFAULT_MAX_FILE_BYTES, maxSize("0").maxFileBytes());
    }

    @Test
    void aWrongLargestLogStopsTheStartNamingItsSetting() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> maxSize("12x").checkSettings());
        assertTrue(refused.getMessage().startsWith("PORTAL_IMPORT_MAX_SIZE is \"12x\""), refused.getMessage());
    }

    @Test
    void p4_aFailedImportsFileIsKeptTheConfiguredDaysAndAWrongSettingStopsTheStart() {
        ConfiguredImportSettings settings = maxSize("1g");
        settings.failedFileDaysSetting = "14";
        assertEquals(java.time.Duration.ofDays(14), settings.rawFiles().failedLimit());
        for (String wrong : new String[] {"abc", "0", "29", "-3", ""}) {
            settings.failedFileDaysSetting = wrong;
            IllegalStateException refused = assertThrows(IllegalStateException.class, settings::checkSettings, wrong);
            assertTrue(
                    refused.getMessage().startsWith("PORTAL_IMPORT_FAILED_FILE_DAYS is \"" + wrong + "\""),
                    refused.getMessage());
        }
    }
}
