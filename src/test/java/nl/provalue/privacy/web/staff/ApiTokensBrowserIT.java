package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * An administrator makes a key for the backup system, sees it once, the backup system uses it,
 * staff see its last use, and revoking it stops it at once. Staff who are not administrators see
 * the keys but cannot make or revoke one.
 */
class ApiTokensBrowserIT extends BrowserTestBase {

    private static final String BACKUP =
            "{\"customerNumber\":\"PV100231\",\"kind\":\"HOMEPAGE\",\"description\":\"%s\","
                    + "\"takenAt\":\"2026-11-30T01:00:00Z\",\"sizeBytes\":1000}";

    private HttpResponse<String> recordBackup(String key, String description) {
        PortalHttp http = new PortalHttp(base);
        return http.send(HttpRequest.newBuilder(http.uri("/api/staff/backups"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(String.format(BACKUP, description))));
    }

    private WebElement row(String name) {
        return browser.driver()
                .findElement(By.xpath("//tr[.//span[contains(@class,'token-name') and text()='" + name + "']]"));
    }

    @Test
    void anAdministratorMakesAKeyThatIsShownOnceUsedSeenAndRevoked() {
        String name = "back-upsysteem " + System.nanoTime() % 100_000;
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.find("#nav-api-tokens").click();
        assertEquals("API-sleutels van onze systemen", browser.text("#page-title"));

        browser.byId("tokens:create").click();
        browser.waitForText("Geef de sleutel een naam, bijvoorbeeld die van het systeem dat hem gebruikt.");
        browser.byId("tokens:name").sendKeys(name);
        browser.byId("tokens:create").click();
        browser.waitForText("Kies wat de sleutel mag.");
        assertEquals(name, browser.byId("tokens:name").getAttribute("value"), "nothing typed is lost");
        assertEquals(0, Db.scalar("SELECT count(*) FROM api_token WHERE name = ?", name));

        browser.find("label[for='tokens:scopes:1']").click();
        browser.byId("tokens:create").click();
        browser.waitForText("Uw nieuwe sleutel");
        String key = browser.text("#tokens\\:secret");
        assertTrue(key.matches("pvt_[A-Za-z0-9_-]{43}"), key);
        assertTrue(browser.pageText().contains("De sleutel wordt maar één keer getoond"));
        browser.screenshot("staff-api-token-made");
        assertEquals(
                0,
                Db.scalar(
                        "SELECT count(*) FROM api_token WHERE token_hash = ? OR name = ? AND token_hash = ?",
                        key,
                        name,
                        key),
                "the key itself is not stored");
        assertEquals("BACKUPS", Db.string("SELECT scopes FROM api_token WHERE name = ?", name));
        assertTrue(row(name).getText().contains("nog nooit"), row(name).getText());
        assertTrue(
                row(name).getText().contains("back-ups vastleggen in het back-upregister"),
                row(name).getText());

        String description = "nachtelijke back-up " + name;
        HttpResponse<String> recorded = recordBackup(key, description);
        assertEquals(201, recorded.statusCode(), recorded.body());

        browser.open("/staff/api-tokens.xhtml");
        assertFalse(browser.pageText().contains(key), "shown once only");
        String used = row(name).findElement(By.cssSelector("td.token-last-use")).getText();
        assertFalse(used.contains("nog nooit"), used);
        assertTrue(
                used.matches("(?s).*\\d{1,2} [a-z]{3,4}\\.? \\d{4}.*\\d{2}:\\d{2}.*vanaf .*"),
                "a Dutch date and the address: " + used);
        assertTrue(row(name)
                .findElement(By.cssSelector("td.token-status"))
                .getText()
                .contains("werkt"));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/staff/api-tokens.xhtml");
        assertTrue(row(name).isDisplayed());
        browser.screenshot("phone-staff-api-tokens");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("/staff/api-tokens.xhtml");

        row(name).findElement(By.cssSelector("button.revoke-token")).click();
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        String revoked = "De sleutel “" + name + "” is ingetrokken; hij werkt niet meer.";
        browser.waitForText(revoked);
        String growl = browser.text(".ui-growl");
        assertEquals(growl.indexOf(revoked), growl.lastIndexOf(revoked), "said once: " + growl);
        String status = row(name).findElement(By.cssSelector("td.token-status")).getText();
        assertTrue(status.contains("ingetrokken") && status.contains("door Eva Visser op"), status);
        assertTrue(row(name).findElements(By.cssSelector("button.revoke-token")).isEmpty());
        browser.screenshot("staff-api-tokens");

        HttpResponse<String> refused = recordBackup(key, description + " (na intrekken)");
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals(
                1,
                Db.scalar("SELECT count(*) FROM backup WHERE description LIKE ?", description + "%"),
                "only the call before");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE action = 'API_TOKEN_REVOKED' AND actor_username = 'eva.visser'"
                                + " AND details LIKE ?",
                        "%\"" + name + "\"%"));
    }

    @Test
    void staffWhoAreNotAdministratorsSeeTheKeysButCannotMakeOrRevokeThem() {
        String name = "facturatie " + System.nanoTime() % 100_000;
        Db.update(
                "INSERT INTO api_token (name, token_hash, scopes, created_at, created_by_id, expires_at)"
                        + " VALUES (?, ?, 'LOG_IMPORT', UTC_TIMESTAMP(6), (SELECT min(id) FROM staff_member),"
                        + " DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 30 DAY))",
                name,
                "%064d".formatted(System.nanoTime()));
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.open("/staff/api-tokens.xhtml");
        browser.waitForText("Alleen beheerders maken en trekken sleutels in.");
        assertTrue(
                row(name).getText().contains("logbestanden aanleveren"),
                row(name).getText());
        assertTrue(browser.driver().findElements(By.id("tokens:create")).isEmpty(), "no form");
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("button.revoke-token"))
                        .isEmpty(),
                "no revoke buttons");
        browser.screenshot("staff-api-tokens-not-administrator");
    }
}
