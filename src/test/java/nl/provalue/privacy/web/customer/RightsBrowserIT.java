package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * GDPR rights: the customer files a request and follows it to the answer; staff work the queue by
 * deadline (identity, extension with a reason, answer); overdue and nearly due requests stand out;
 * a customer withdraws an open request and reaches nobody else's.
 */
class RightsBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl"));

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void erasureFiledByTheCustomer_workedByStaff_answeredWithinTheExtendedDeadline() {
        String text = "Wis mijn oude bezoekerslog en alles wat niet meer nodig is " + System.nanoTime();
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-rights").click();
        assertEquals("Uw rechten", browser.text("#page-title"));
        assertTrue(browser.pageText().contains("Bewaard omdat de wet het eist"), "erasure is explained per category");
        browser.byId("rights:file").click();
        browser.waitForText("Kies wat u vraagt.");
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='ERASURE']"))
                .click();
        browser.byId("rights:description").sendKeys(text);
        browser.byId("rights:file").click();
        String deadline = DUTCH_DATE.format(today().plusMonths(1));
        browser.waitForText("Uw verzoek is ontvangen; wij antwoorden uiterlijk");
        WebElement mine = browser.driver().findElement(By.xpath("//tr[.//small[text()='" + text + "']]"));
        assertTrue(mine.findElement(By.cssSelector("td.my-status")).getText().contains("Ontvangen"));
        assertTrue(mine.findElement(By.cssSelector("td.my-deadline")).getText().contains(deadline), mine.getText());
        browser.screenshot("customer-rights");
        long id = Db.scalar("SELECT id FROM rights_request WHERE description = ?", text);

        browser.logout();
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.find("#nav-rights-queue").click();
        assertEquals("AVG-verzoeken", browser.text("#page-title"));
        browser.driver()
                .findElement(By.xpath("//td[contains(@class,'request-id')]/a[text()='" + id + "']"))
                .click();
        browser.waitForText("AVG-verzoek " + id);
        assertTrue(browser.pageText().contains("Bewaard omdat de wet het eist"), "the erasure assessment");
        browser.byId("req:identity").click();
        browser.waitForText("Identiteit gecontroleerd.");
        browser.byId("req:start").click();
        browser.waitForText("In behandeling genomen.");
        browser.byId("req:extend").click();
        browser.waitForText("Geef de reden voor de verlenging; de klant krijgt die te horen.");
        browser.byId("req:extension").sendKeys("Uw gegevens staan deels in het papieren archief");
        browser.byId("req:extend").click();
        browser.waitForText("Termijn verlengd.");
        String extended = DUTCH_DATE.format(today().plusMonths(3));
        assertTrue(browser.text("#request-deadline").contains(extended), browser.text("#request-deadline"));
        browser.byId("req:answer")
                .sendKeys("De bezoekerslog van uw website is gewist. Facturen bewaren we zeven jaar.");
        browser.byId("req:complete").click();
        browser.waitForText("Beantwoord; de klant ziet het antwoord.");
        assertTrue(browser.text("#request-status").contains("Beantwoord"));
        String history = browser.text(".request-history");
        // Who took each step, by name: the customer who asked, the staff member who answered.
        assertTrue(history.contains("Jan Jansen") && history.contains("Eva Visser"), history);
        assertFalse(history.contains("jan.jansen") || history.contains("eva.visser"), history);
        // How the request came in, in words.
        assertTrue(history.contains("Ontvangen per portaal") && !history.contains("PORTAL"), history);
        browser.screenshot("staff-rights-request");

        browser.logout();
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/rights.xhtml");
        mine = browser.driver().findElement(By.xpath("//tr[.//small[text()='" + text + "']]"));
        assertTrue(mine.findElement(By.cssSelector("td.my-status")).getText().contains("Beantwoord"));
        assertTrue(
                mine.findElement(By.cssSelector("td.my-answer")).getText().contains("Facturen bewaren we zeven jaar"));
        assertTrue(mine.findElement(By.cssSelector("td.my-deadline")).getText().contains("papieren archief"));
        assertTrue(
                mine.findElements(By.cssSelector("button.withdraw")).isEmpty(), "an answered request is not withdrawn");
    }

    @Test
    void lettersAreRegisteredFromTheirDayOfReceipt_andLateOnesStandOut() {
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.find("#nav-rights-queue").click();
        register("PV100487", today().toString(), "");
        browser.waitForText("Omschrijf wat de klant vraagt.");
        register("PV100487", today().plusDays(1).toString(), "Brief van morgen");
        browser.waitForText("De dag van ontvangst kan niet in de toekomst liggen.");
        String late = "Inzage per brief " + System.nanoTime();
        register("PV100487", today().minusDays(40).toString(), late);
        onRequestPage();
        browser.find("#nav-rights-queue").click();
        String soon = "Bezwaar per telefoon " + System.nanoTime();
        register("PV101305", today().minusDays(27).toString(), soon);
        onRequestPage();
        browser.find("#nav-rights-queue").click();
        WebElement lateRow = browser.driver()
                .findElement(By.xpath("//tr[.//td[contains(@class,'request-customer') and contains(., 'PV100487')]]"
                        + "[.//span[contains(@class,'badge-OVERDUE')]]"));
        assertTrue(lateRow.getText().contains("te laat"), lateRow.getText());
        assertTrue(lateRow.getAttribute("class").contains("urgency-OVERDUE"));
        assertTrue(browser.driver()
                        .findElements(By.cssSelector("tr.urgency-DUE_SOON .badge-DUE_SOON"))
                        .size()
                >= 1);
        String firstDeadline = browser.driver()
                .findElements(By.cssSelector(".rights-queue tbody tr"))
                .get(0)
                .getText();
        assertTrue(firstDeadline.contains("te laat"), "the queue starts with the most urgent: " + firstDeadline);
        browser.screenshot("staff-rights-queue");
        // The home page's tile counts the late ones in a badge as wide as its words, not the tile.
        browser.open("/staff/");
        WebElement tile = browser.find("#tile-rights");
        WebElement badge = tile.findElement(By.cssSelector(".badge-OVERDUE"));
        assertTrue(badge.getText().endsWith("te laat"), badge.getText());
        assertTrue(
                badge.getSize().getWidth() < tile.getSize().getWidth() / 2,
                badge.getSize().getWidth() + " of " + tile.getSize().getWidth());
        browser.logout();

        // The customer sees it too: their request is late.
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.open("/customer/rights.xhtml");
        WebElement mine = browser.driver().findElement(By.xpath("//tr[.//small[text()='" + late + "']]"));
        assertTrue(mine.findElement(By.cssSelector("td.my-deadline")).getText().contains("te laat"), mine.getText());
        assertTrue(mine.getText().contains("Wij hadden u uiterlijk op deze dag moeten antwoorden"), mine.getText());
        browser.screenshot("customer-rights-overdue");
    }

    /** After registering, the browser goes on to the request's own page (the queue's title is alike). */
    private void onRequestPage() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/staff/rights-request.xhtml"));
        browser.waitForText("geregistreerd.");
    }

    private void register(String customer, String received, String description) {
        browser.byId("queue:customer").clear();
        browser.byId("queue:customer").sendKeys(customer);
        browser.setValue("queue:received_input", received);
        browser.byId("queue:description").clear();
        browser.byId("queue:description").sendKeys(description);
        browser.byId("queue:register").click();
    }

    @Test
    void aCustomerWithdrawsTheirOwnOpenRequest_andNoOneElses() {
        PortalHttp fatima = new PortalHttp(base).login("fatima.elamrani", "Welkom-Fatima-2026");
        HttpResponse<String> filed = fatima.post(
                "/api/me/rights-requests",
                "application/json",
                "{\"type\":\"ACCESS\",\"description\":\"Graag een kopie van alles\"}",
                Duration.ofSeconds(30));
        assertEquals(201, filed.statusCode(), filed.body());
        long fatimasRequest = Json.createReader(new StringReader(filed.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();

        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(
                404,
                jan.post(
                                "/api/me/rights-requests/" + fatimasRequest + "/withdraw",
                                "application/json",
                                "",
                                Duration.ofSeconds(30))
                        .statusCode(),
                "another customer's request is not found");
        assertFalse(jan.get("/api/me/rights-requests").body().contains("Graag een kopie van alles"));
        assertEquals(
                "RECEIVED",
                Db.scalar("SELECT 1 FROM rights_request WHERE id = ? AND status = 'RECEIVED'", fatimasRequest) == 1
                        ? "RECEIVED"
                        : "changed");

        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.open("/customer/rights.xhtml");
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//small[text()='Graag een kopie van alles']]"));
        row.findElement(By.cssSelector("button.withdraw")).click();
        // Asked first: saying no leaves the request as it was.
        browser.find(".withdraw-confirm .ui-confirmdialog-no").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector(".withdraw-confirm")).isDisplayed());
        assertEquals(
                1,
                Db.scalar("SELECT count(*) FROM rights_request WHERE id = ? AND status = 'RECEIVED'", fatimasRequest));
        row = browser.driver().findElement(By.xpath("//tr[.//small[text()='Graag een kopie van alles']]"));
        row.findElement(By.cssSelector("button.withdraw")).click();
        assertTrue(browser.find(".withdraw-confirm").getText().contains("Verzoek intrekken?"));
        browser.screenshot("customer-rights-withdraw-confirm");
        browser.find(".withdraw-confirm .ui-confirmdialog-yes").click();
        browser.waitForText("Uw verzoek is ingetrokken.");
        row = browser.driver().findElement(By.xpath("//tr[.//small[text()='Graag een kopie van alles']]"));
        assertTrue(row.getText().contains("Ingetrokken"));
        // Nothing is due on a withdrawn request any more.
        assertEquals(
                "—",
                row.findElement(By.cssSelector("td.my-deadline"))
                        .getText()
                        .replace("Antwoord uiterlijk", "")
                        .trim());
        HttpResponse<String> again = fatima.post(
                "/api/me/rights-requests/" + fatimasRequest + "/withdraw",
                "application/json",
                "",
                Duration.ofSeconds(30));
        assertEquals(409, again.statusCode(), "a closed request is not withdrawn again");
        JsonObject json = Json.createReader(
                        new StringReader(fatima.get("/api/me/rights-requests").body()))
                .readArray()
                .getJsonObject(0);
        assertEquals("WITHDRAWN", json.getString("status"));
    }
}
