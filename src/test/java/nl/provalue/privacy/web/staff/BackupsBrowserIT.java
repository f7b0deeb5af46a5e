package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** P7: the backup register: no expiry beyond six months, destruction when the expiry comes, seen by the customer. */
class BackupsBrowserIT extends BrowserTestBase {

    @Test
    void p7_aBackupIsNeverGivenMoreThanSixMonths_andIsDestroyedWhenTheyAreOver() {
        String description = "Mailboxen nacht " + System.nanoTime();
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.find("#nav-staff-backups").click();
        assertEquals("Back-upregister", browser.text("#page-title"));

        browser.byId("backups:save").click();
        browser.waitForText("Vul het klantnummer in.");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#backups\\:save .ui-icon-loading, .ui-state-loading"))
                        .isEmpty());
        browser.find("#backups\\:customer");
        assertTrue(browser.pageText().contains("Omschrijf de back-up."));
        assertTrue(browser.pageText().contains("Vul in wanneer de back-up gemaakt is."));

        browser.byId("backups:customer").sendKeys("PV100231");
        new Select(browser.byId("backups:kind")).selectByValue("MAIL");
        browser.byId("backups:description").sendKeys(description);
        browser.setValue("backups:taken_input", "2026-06-01 02:00");
        browser.setValue("backups:expires_input", "2026-12-01 02:01");
        browser.byId("backups:size").clear();
        browser.byId("backups:size").sendKeys("350");
        assertEquals("2026-12-01 02:01", browser.byId("backups:expires_input").getAttribute("value"));
        assertEquals("350", browser.byId("backups:size").getAttribute("value"));
        browser.byId("backups:save").click();
        browser.waitForText("Een back-up wordt nooit langer dan zes maanden bewaard.");
        assertEquals(0, Db.scalar("SELECT count(*) FROM backup WHERE description = ?", description), "nothing saved");
        assertEquals("PV100231", browser.byId("backups:customer").getAttribute("value"), "nothing typed is lost");
        browser.screenshot("staff-backups-refused");

        browser.setValue("backups:expires_input", "");
        browser.byId("backups:save").click();
        browser.waitForText("vastgelegd.");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM backup WHERE description = ? AND expires_at = '2026-12-01 00:00:00'",
                        description),
                "six months after it was taken, on the UTC calendar like the database's check");

        browser.find("#nav-retention").click();
        browser.find(".rule-BACKUP_EXPIRY button.run-now").click();
        browser.waitForText("Back-ups na zes maanden: ");
        // The retention page scrolls to its message; the backups page is opened by its address.
        browser.open("/staff/backups.xhtml");
        WebElement row = browser.driver()
                .findElement(By.xpath(
                        "//tr[.//td[contains(@class,'backup-description') and text()='" + description + "']]"));
        assertTrue(
                row.findElement(By.cssSelector("td.backup-destroyed"))
                        .getText()
                        .contains("Het portaal (bewaartermijn verstreken)"),
                row.getText());
        assertFalse(row.getText().contains("retention"), "no stored code on the screen: " + row.getText());
        browser.screenshot("staff-backups");

        browser.logout();
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/backups.xhtml");
        browser.waitForText("back-ups bestaan nu");
        // Newest first, fifteen to a page: page on until it shows.
        for (int page = 0; page < 20 && !browser.pageText().contains(description); page++) {
            java.util.List<WebElement> paginators = browser.driver().findElements(By.cssSelector(".ui-paginator-next"));
            if (paginators.isEmpty()) {
                browser.screenshot("customer-backups-no-pages");
            }
            assertTrue(!paginators.isEmpty(), "one page only, without " + description + ": " + browser.pageText());
            WebElement next = paginators.get(0);
            assertTrue(!next.getAttribute("class").contains("ui-state-disabled"), "not on any page: " + description);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", next);
            int shown = page + 2;
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".ui-paginator-page.ui-state-active"))
                            .getText()
                            .equals(String.valueOf(shown)));
        }
        WebElement mine = browser.driver().findElement(By.xpath("//tr[.//td[contains(., '" + description + "')]]"));
        assertTrue(mine.getText().contains("Vernietigd op"), "the customer sees it destroyed: " + mine.getText());
    }

    @Test
    void p7_theBackupSystemRecordsBackupsOverTheApi() {
        PortalHttp staff = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        String tooLong = "{\"customerNumber\":\"PV100487\",\"kind\":\"HOMEPAGE\",\"description\":\"api te lang\","
                + "\"takenAt\":\"2026-11-30T01:00:00Z\",\"expiresAt\":\"2027-05-30T01:00:01Z\",\"sizeBytes\":1000}";
        HttpResponse<String> refused =
                staff.post("/api/staff/backups", "application/json", tooLong, Duration.ofSeconds(30));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("policy.P7.expiryBeyondSixMonths"));
        HttpResponse<String> saved = staff.post(
                "/api/staff/backups",
                "application/json",
                tooLong.replace("2027-05-30T01:00:01Z", "2027-05-30T01:00:00Z").replace("api te lang", "api precies"),
                Duration.ofSeconds(30));
        assertEquals(201, saved.statusCode(), saved.body());
        // P7: a backup "taken" in 2030 would be kept until mid-2030: refused, and nothing stored.
        String future = "{\"customerNumber\":\"PV100487\",\"kind\":\"MAIL\",\"description\":\"api uit de toekomst\","
                + "\"takenAt\":\"2030-01-01T00:00:00Z\",\"sizeBytes\":1000}";
        HttpResponse<String> fromTheFuture =
                staff.post("/api/staff/backups", "application/json", future, Duration.ofSeconds(30));
        assertEquals(400, fromTheFuture.statusCode(), fromTheFuture.body());
        assertTrue(fromTheFuture.body().contains("policy.P7.takenInTheFuture"), fromTheFuture.body());
        assertEquals(
                0,
                nl.provalue.privacy.testsupport.Db.scalar(
                        "SELECT count(*) FROM backup WHERE description = 'api uit de toekomst'"));
        assertEquals(
                404,
                staff.post(
                                "/api/staff/backups",
                                "application/json",
                                tooLong.replace("PV100487", "PV999999"),
                                Duration.ofSeconds(30))
                        .statusCode());
        PortalHttp customer = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(
                403,
                customer.post("/api/staff/backups", "application/json", tooLong, Duration.ofSeconds(30))
                        .statusCode());
        assertEquals(403, customer.get("/staff/backups.xhtml").statusCode());
    }
}
