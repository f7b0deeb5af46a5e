package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A server that stopped while running a rule leaves its lease behind until the lease runs out.
 * "Run now" then says which server holds the rule and until when, instead of only "busy".
 */
class RetentionLeaseBrowserIT extends BrowserTestBase {

    private static final String RULE = "SIGN_IN_RECORDS";

    private static void lease(String holder, Instant until) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(until, ZoneOffset.UTC));
        if (Db.update("UPDATE retention_lease SET holder = ?, lease_until = ? WHERE rule_id = ?", holder, at, RULE)
                == 0) {
            Db.update("INSERT INTO retention_lease (rule_id, holder, lease_until) VALUES (?, ?, ?)", RULE, holder, at);
        }
    }

    @AfterEach
    void free() {
        Db.update("UPDATE retention_lease SET holder = NULL, lease_until = NULL WHERE rule_id = ?", RULE);
    }

    @Test
    void runNowNamesTheServerHoldingTheRuleAndUntilWhen() {
        Instant until = Instant.now().plus(4, ChronoUnit.MINUTES);
        lease("portaal-2#4f1c", until);

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.open("/staff/retention.xhtml");
        browser.clickCentered(browser.find(".rule-" + RULE).findElement(By.cssSelector("button.run-now")));
        browser.waitForText("door server portaal-2");
        String shown = browser.text("[id='rules:messages']");
        String time = DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.of("Europe/Amsterdam")));
        assertTrue(shown.contains("tot ") && shown.contains(time), shown);
        assertTrue(!shown.contains("#4f1c"), "the run's number is internal: " + shown);
        browser.screenshot("staff-retention-held-by-another-server");

        // The lease of a server that stopped has run out: the rule runs again.
        lease("portaal-2#4f1c", Instant.now().minus(1, ChronoUnit.MINUTES));
        browser.open("/staff/retention.xhtml");
        browser.clickCentered(browser.find(".rule-" + RULE).findElement(By.cssSelector("button.run-now")));
        browser.waitForText("Gegevens over inloggen: ");
        assertTrue(browser.text("[id='rules:messages']").contains("verwijderd"), browser.text("[id='rules:messages']"));
    }
}
