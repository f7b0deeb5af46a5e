package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.BusyCustomer;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.PostfixLogs;
import nl.provalue.privacy.testsupport.PostfixLogs.Message;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** P4, P5: the customer's mailboxes, the retention setting they choose, and their mail log. */
class MailBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private WebElement mailbox(String address) {
        return browser.find("[data-mailbox='" + address + "']");
    }

    private void typeDays(String address, String days) {
        WebElement input = mailbox(address).findElement(By.cssSelector("input[id$='days']"));
        input.clear();
        input.sendKeys(days);
    }

    private void chooseMode(String address, String mode) {
        mailbox(address)
                .findElement(By.cssSelector("input[type=radio][value='" + mode + "']"))
                .click();
    }

    private void save(String address) {
        mailbox(address).findElement(By.cssSelector("button.save-retention")).click();
    }

    @Test
    void p5_theCustomerChoosesHowLongFetchedMailStaysAndBadInputIsExplained() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-mail").click();
        assertEquals("E-mail: uw mailboxen en de maillog", browser.text("#page-title"));
        assertTrue(mailbox("jan@jansenfotografie.nl").getText().contains("IMAP, webmail"));
        assertTrue(mailbox("jan@jansenfotografie.nl")
                .getText()
                .contains("uw mail blijft op de server tot u die verwijdert"));
        assertTrue(
                mailbox("jan@jansenfotografie.nl")
                        .findElements(By.cssSelector("input[type=radio]"))
                        .isEmpty(),
                "IMAP and webmail have nothing to choose");
        assertTrue(mailbox("info@jansenfotografie.nl").getText().contains("POP3"));
        browser.screenshot("customer-mail");

        chooseMode("info@jansenfotografie.nl", "KEEP_COPY_DAYS");
        typeDays("info@jansenfotografie.nl", "twee weken");
        save("info@jansenfotografie.nl");
        browser.waitForText("Vul het aantal dagen in als heel getal, bijvoorbeeld 14.");

        typeDays("info@jansenfotografie.nl", "0");
        save("info@jansenfotografie.nl");
        browser.waitForText("Kies een aantal dagen van 1 tot en met 3650.");
        typeDays("info@jansenfotografie.nl", "");
        save("info@jansenfotografie.nl");
        browser.waitForAjax();
        // At the field for the days, not somewhere above the button.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> mailbox("info@jansenfotografie.nl")
                        .findElement(By.xpath(".//div[contains(@class,'form-row')][.//input[contains(@id,'days')]]"))
                        .getText()
                        .contains("Kies een aantal dagen van 1 tot en met 3650."));

        chooseMode("info@jansenfotografie.nl", "KEEP_COPY_DAYS");
        typeDays("info@jansenfotografie.nl", "30");
        save("info@jansenfotografie.nl");
        browser.waitForText("De instelling van info@jansenfotografie.nl is opgeslagen.");
        // The summary above the choice says the new setting at once, without reloading the page.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> mailbox("info@jansenfotografie.nl")
                        .findElement(By.cssSelector(".current-setting"))
                        .getText()
                        .contains("30 dagen"));
        browser.screenshot("customer-mail-saved");

        browser.open("/customer/mail.xhtml");
        String info = mailbox("info@jansenfotografie.nl").getText();
        assertTrue(info.contains("Een kopie blijft na het ophalen 30 dagen op de server"), info);
        assertFalse(info.contains("nooit (de standaardinstelling)"), info);
        assertEquals(
                "30",
                mailbox("info@jansenfotografie.nl")
                        .findElement(By.cssSelector("input[id$='days']"))
                        .getAttribute("value"));
        // Saved again as it is: nothing changed, and the page does not claim otherwise.
        String changedAt = Db.string(
                "SELECT CAST(setting_changed_at AS CHAR) FROM mailbox WHERE address = 'info@jansenfotografie.nl'");
        save("info@jansenfotografie.nl");
        browser.waitForText("De instelling van info@jansenfotografie.nl was al zo; er is niets gewijzigd.");
        assertEquals(
                changedAt,
                Db.string(
                        "SELECT CAST(setting_changed_at AS CHAR) FROM mailbox WHERE address = 'info@jansenfotografie.nl'"));

        chooseMode("info@jansenfotografie.nl", "DELETE_ON_FETCH");
        save("info@jansenfotografie.nl");
        browser.waitForText("De instelling van info@jansenfotografie.nl is opgeslagen.");
        browser.open("/customer/mail.xhtml");
        assertTrue(mailbox("info@jansenfotografie.nl")
                .getText()
                .contains("Wordt bij het ophalen van de server verwijderd"));
        assertEquals(
                2,
                Db.scalar("SELECT count(*) FROM audit_event a JOIN customer c ON c.id = a.customer_id"
                        + " WHERE c.customer_number = 'PV100231' AND a.action = 'MAIL_RETENTION_CHANGED'"
                        + " AND a.details LIKE 'info@jansenfotografie.nl%'"),
                "both changes are on record");
    }

    @Test
    void p5_aCustomerCannotReachAnotherCustomersMailbox() {
        long fatimasMailbox = Db.scalar("SELECT min(m.id) FROM mailbox m JOIN customer c ON c.id = m.customer_id"
                + " WHERE c.customer_number = 'PV100487'");
        long jansMailbox = Db.scalar("SELECT min(m.id) FROM mailbox m JOIN customer c ON c.id = m.customer_id"
                + " WHERE c.customer_number = 'PV100231'");
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        String body = "{\"mode\":\"KEEP_UNTIL_DELETED\"}";
        assertEquals(
                404,
                jan.put("/api/me/mailboxes/" + fatimasMailbox + "/retention", "application/json", body)
                        .statusCode());
        assertEquals(
                404,
                jan.put("/api/me/mailboxes/99999999/retention", "application/json", body)
                        .statusCode());
        HttpResponse<String> own = jan.put("/api/me/mailboxes/" + jansMailbox + "/retention", "application/json", body);
        assertEquals(200, own.statusCode(), own.body());
        String mine = jan.get("/api/me/mailboxes").body();
        assertTrue(mine.contains("jansenfotografie.nl"));
        assertFalse(mine.contains("elamrani"), mine);
        String log = jan.get("/api/me/mail-log?limit=500").body();
        assertFalse(log.contains("elamrani"), "no line of another customer's mail log");
        HttpResponse<String> tooLong = jan.put(
                "/api/me/mailboxes/" + fatimasMailbox + "/retention",
                "application/json",
                "{\"mode\":\"KEEP_COPY_DAYS\",\"keepDays\":99999}");
        assertEquals(404, tooLong.statusCode(), "not found comes before validation: nothing is revealed");
        PortalHttp staff = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        assertEquals(
                403,
                staff.put("/api/me/mailboxes/" + jansMailbox + "/retention", "application/json", body)
                        .statusCode());
    }

    @Test
    void p4_theMailLogShowsImportedLinesWithTheirDeletionDateAndFilters() {
        Instant at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String sender = "browsertest." + System.nanoTime() + "@example.org";
        String log = PostfixLogs.render(List.of(new Message(
                PostfixLogs.queueId(900_000 + (System.nanoTime() % 90_000)),
                at,
                sender,
                73_000,
                List.of("jan@jansenfotografie.nl"),
                "sent")));
        PortalHttp staff = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        HttpResponse<String> imported =
                staff.post("/api/staff/import/postfix?wait=60", "text/plain", log, Duration.ofSeconds(90));
        assertTrue(imported.body().contains("\"imported\":1"), imported.body());

        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/mail.xhtml");
        long total = Db.scalar("SELECT count(*) FROM mail_log_entry m JOIN customer c ON c.id = m.customer_id"
                + " WHERE c.customer_number = 'PV100231'");
        assertTrue(total > 25 && total < 1000, "the demo customer's log fills a few pages: " + total);
        assertEquals("Regel 1 tot en met 25 van " + total, browser.text("#log-count"));
        // Each line's deletion lies ahead, and its heading says so.
        assertEquals("Wordt verwijderd op", browser.text(".mail-log thead th.deletion"));
        assertEquals(
                25,
                browser.driver()
                        .findElements(By.cssSelector(".mail-log tbody tr"))
                        .size());
        String firstPage = browser.text(".mail-log tbody");

        // Paging goes by the last line shown, forwards and back.
        browser.byId("log:next").click();
        browser.waitForText("Regel 26 tot en met 50 van " + total);
        assertEquals("Pagina 2", browser.text("#page-number"));
        assertFalse(browser.text(".mail-log tbody").equals(firstPage));
        browser.byId("log:previous").click();
        browser.waitForText("Regel 1 tot en met 25 van " + total);
        assertEquals(firstPage, browser.text(".mail-log tbody"));
        new org.openqa.selenium.support.ui.Select(browser.byId("log:pageSize")).selectByValue("50");
        browser.waitForText("Regel 1 tot en met 50 van " + total);
        assertTrue(browser.pageText().contains("nooit het onderwerp of de inhoud"));
        browser.screenshot("customer-mail-log");

        browser.byId("log:address").sendKeys(sender.substring(0, 20));
        browser.byId("log:search").click();
        browser.waitForText("Regel 1 tot en met 1 van 1");
        List<WebElement> cells = browser.driver().findElements(By.cssSelector(".mail-log tbody tr td"));
        Instant delivered = at.plusSeconds(1);
        assertEquals(DUTCH.format(delivered), cells.get(0).getText());
        assertEquals(sender, cells.get(1).getText());
        assertEquals("jan@jansenfotografie.nl", cells.get(2).getText());
        assertEquals("Afgeleverd", cells.get(4).getText(), "the status in Dutch, not Postfix's word");
        assertEquals(
                DUTCH.format(delivered.plus(Duration.ofDays(28))), cells.get(5).getText(), "deleted 28 days later");

        browser.byId("log:clear").click();
        browser.waitForText("van " + total);
        new org.openqa.selenium.support.ui.Select(browser.byId("log:mailbox"))
                .selectByValue("info@jansenfotografie.nl");
        browser.byId("log:search").click();
        long infoLines = Db.scalar("SELECT count(*) FROM mail_log_entry m JOIN customer c ON c.id = m.customer_id"
                + " WHERE c.customer_number = 'PV100231' AND (m.sender = 'info@jansenfotografie.nl'"
                + " OR m.recipient = 'info@jansenfotografie.nl')");
        browser.waitForText((infoLines == 0 ? "Geen regels" : "van " + infoLines));
        for (WebElement row : browser.driver().findElements(By.cssSelector(".mail-log tbody tr"))) {
            assertTrue(row.getText().contains("info@jansenfotografie.nl") || infoLines == 0, row.getText());
        }
    }

    @Test
    void p4_aFilterOnAnAddressLooksThroughTenThousandLinesAPageAndOnFromThere() {
        // 25,000 lines, 2.3 s apart, from 5,000 senders: afzender42@ sent lines 42, 5,042, 10,042 ...
        BusyCustomer busy = BusyCustomer.create("mail.zoekt", 25_000, 0, 0);
        browser.login(busy.username(), BusyCustomer.PASSWORD);
        browser.open("/customer/mail.xhtml");
        assertEquals("Regel 1 tot en met 25 van meer dan 10.000", browser.text("#log-count"));

        browser.byId("log:address").sendKeys("afzender42@");
        browser.byId("log:search").click();
        browser.waitForText("regels doorzocht");
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector(".mail-log tbody tr"))
                        .size());
        assertEquals(
                "",
                browser.driver().findElement(By.id("log-count")).getText(),
                "a filter on a long log is not counted");
        String looked = browser.text("[id='log:looked-to']");
        assertTrue(looked.startsWith("Het filter heeft voor deze pagina 10.000 regels doorzocht, tot en met "), looked);
        assertTrue(looked.endsWith("Met de knop \u2018Ouder\u2019 zoekt u verder."), looked);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('log:looked-to').scrollIntoView({block: 'center'})");
        browser.screenshot("customer-mail-log-looked-to");

        browser.byId("log:next").click();
        browser.waitForText("Pagina 2");
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector(".mail-log tbody tr"))
                        .size());
        browser.byId("log:next").click();
        browser.waitForText("Pagina 3");
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector(".mail-log tbody tr"))
                        .size(),
                "line 20,042");
        assertTrue(browser.all("[id='log:looked-to']").isEmpty(), "the end of the log");
        assertFalse(browser.byId("log:next").isEnabled());
    }
}
