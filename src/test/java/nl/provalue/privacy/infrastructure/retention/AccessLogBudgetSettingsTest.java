package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P6: the access-log budgets as configured, before staff set one. */
class AccessLogBudgetSettingsTest {

    private static AccessLogBudgetSettings budgets(Object perSite, Object total) {
        AccessLogBudgetSettings purge = new AccessLogBudgetSettings();
        purge.perSiteSetting = perSite;
        purge.totalSetting = total;
        return purge;
    }

    @Test
    void p6_readsBothBudgets() {
        AccessLogBudgetSettings purge = budgets("512m", "0");
        assertDoesNotThrow(purge::checkSettings);
        assertEquals(512L << 20, purge.defaultBudgetPerSite());
        assertEquals(0, purge.configuredTotalBudget());
        assertEquals(10L << 30, budgets("512m", "10g").configuredTotalBudget());
    }

    @Test
    void p6_aWrongBudgetStopsTheStartNamingItsSetting() {
        IllegalStateException perSite = assertThrows(IllegalStateException.class, budgets("-5m", "0")::checkSettings);
        assertTrue(
                perSite.getMessage().startsWith("PORTAL_ACCESS_LOG_BUDGET_PER_SITE is \"-5m\""), perSite.getMessage());
        IllegalStateException total = assertThrows(IllegalStateException.class, budgets("512m", "")::checkSettings);
        assertTrue(total.getMessage().startsWith("PORTAL_ACCESS_LOG_BUDGET_TOTAL is \"\""), total.getMessage());
    }
}
