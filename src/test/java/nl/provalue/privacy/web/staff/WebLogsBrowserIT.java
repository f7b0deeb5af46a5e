package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P3, P6: staff import a real access log from the screen, see the log's storage against its
 * budget, lower the budget, let the retention rule remove the oldest lines, and see what was
 * removed; the customer's page then says how far back the log reaches.
 */
class WebLogsBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private static String siteXpath(String host) {
        return "//table//tr[.//a[contains(@class,'select-site') and text()='" + host + "']]";
    }

    private WebElement siteRow(String host) {
        return browser.driver().findElement(By.xpath(siteXpath(host)));
    }

    /**
     * Pages through the list of websites (by host name) until the one asked for shows: other tests
     * add websites of their own, before and after it.
     */
    private void pageWith(String host) {
        browser.driver().findElements(By.cssSelector(".web-logs .ui-paginator-first")).stream()
                .filter(first -> !first.getAttribute("class").contains("ui-state-disabled"))
                .findFirst()
                .ifPresent(this::clickAndWait);
        for (int page = 0;
                page < 200
                        && browser.driver()
                                .findElements(By.xpath(siteXpath(host)))
                                .isEmpty();
                page++) {
            // The paginator is drawn again after each page; wait for it rather than catch it in between.
            WebElement next = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".web-logs .ui-paginator-next")).stream()
                            .filter(WebElement::isDisplayed)
                            .findFirst()
                            .orElse(null));
            if (next.getAttribute("class").contains("ui-state-disabled")) {
                return;
            }
            clickAndWait(next);
        }
    }

    private void clickAndWait(WebElement paginatorButton) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", paginatorButton);
        browser.waitForAjax();
    }

    @Test
    void p6_staffSeeStorageAgainstTheBudget_lowerIt_andTheOldestLinesGo() throws Exception {
        String host = "www.bezoekers" + System.nanoTime() + ".nl";
        long site = Db.newWebsite("PV100912", host);

        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        browser.find("#nav-imports").click();
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='ACCESS_LOG']"))
                .click();
        new Select(browser.byId("upload:site")).selectByValue(host);
        browser.driver()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(Path.of("src/test/resources/logs/apache_logs")
                        .toAbsolutePath()
                        .toString());
        browser.byId("upload:start").click();
        browser.waitForText("is gestart.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.xpath("//table//tr[.//span[@class='file-name' and text()='apache_logs']]"
                                + "[.//small[contains(., '" + host + "')]]"))
                        .getText()
                        .contains("Klaar"));
        browser.open("/staff/imports.xhtml");
        WebElement imported =
                browser.driver().findElement(By.xpath("//table//tr[.//small[contains(., '" + host + "')]]"));
        assertEquals(
                "10.000",
                imported.findElement(By.cssSelector("td.import-imported"))
                        .getText()
                        .trim());
        assertEquals(
                "0",
                imported.findElement(By.cssSelector("td.import-skipped"))
                        .getText()
                        .trim());
        assertEquals(
                "2,6 GB",
                imported.findElement(By.cssSelector("td.import-traffic"))
                        .getText()
                        .trim(),
                "2,747,282,740 bytes of traffic");

        browser.find("#nav-web-logs").click();
        assertEquals("Toegangslogs: opslag en budgetten", browser.text("#page-title"));
        pageWith(host);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(NoSuchElementException.class)
                .until(d -> siteRow(host).isDisplayed());
        assertEquals(
                "10.000",
                siteRow(host).findElement(By.cssSelector("td.site-entries")).getText());
        assertEquals(
                "2,3 MB",
                siteRow(host).findElement(By.cssSelector("td.site-used")).getText());
        browser.screenshot("staff-web-logs");
        WebElement name = siteRow(host).findElement(By.cssSelector("a.select-site"));
        assertEquals(
                1L,
                ((Number) ((JavascriptExecutor) browser.driver())
                                .executeScript("return arguments[0].getClientRects().length;", name))
                        .longValue(),
                "the website's name on one line, not broken inside a word: "
                        + name.getRect().getDimension());
        String budget =
                siteRow(host).findElement(By.cssSelector("td.site-budget")).getText();
        assertTrue(budget.contains("512,0 MB (standaard)"), budget);

        siteRow(host).findElement(By.cssSelector("a.select-site")).click();
        browser.waitForText("2,3 MB in 10.000 regels");
        browser.byId("logs:budget").sendKeys("veel");
        browser.byId("logs:saveBudget").click();
        browser.waitForText("Vul het budget in als heel aantal MB.");
        browser.byId("logs:budget").clear();
        browser.byId("logs:budget").sendKeys("0");
        browser.byId("logs:saveBudget").click();
        browser.waitForText("Kies een budget van 1 MB tot 10.000.000 MB.");
        browser.byId("logs:budget").clear();
        browser.byId("logs:budget").sendKeys("1");
        browser.byId("logs:saveBudget").click();
        browser.waitForText("Het budget van " + host + " is opgeslagen");

        browser.find("#nav-retention").click();
        browser.find(".rule-ACCESS_LOG_SPACE button.run-now").click();
        browser.waitForText("Toegangslogs binnen hun opslagbudget: ");
        long left = Db.scalar("SELECT stored_bytes FROM access_log_usage WHERE website_id = ?", site);
        assertTrue(left <= 1_048_576 && left > 1_048_576 - 1_000, "within the budget, by less than a line: " + left);
        long entries = Db.scalar("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site);
        assertEquals(entries, Db.scalar("SELECT entries FROM access_log_usage WHERE website_id = ?", site));

        browser.find("#nav-web-logs").click();
        pageWith(host);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(NoSuchElementException.class)
                .until(d -> siteRow(host).isDisplayed());
        siteRow(host).findElement(By.cssSelector("a.select-site")).click();
        browser.waitForText("Boven het budget van de website");
        long removed = browser.driver().findElements(By.cssSelector(".removals tbody tr td.removed-entries")).stream()
                .mapToLong(td -> Long.parseLong(td.getText().replace(".", "")))
                .sum();
        assertEquals(10_000 - entries, removed, "every removed line is on record (one row per run)");
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector(".removals tbody tr td.removed-entries"))
                        .size());
        browser.screenshot("staff-web-logs-removed");

        java.time.Instant oldest;
        try (Connection c = Db.connect();
                PreparedStatement p =
                        c.prepareStatement("SELECT oldest_at FROM access_log_usage WHERE website_id = ?")) {
            p.setLong(1, site);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                oldest = rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
        browser.logout();
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/websites.xhtml");
        WebElement panel = browser.driver()
                .findElement(
                        By.xpath("//div[contains(@class,'site')][.//span[contains(@class,'ui-panel-title') and text()='"
                                + host + "']]"));
        assertTrue(
                panel.findElement(By.cssSelector("dd.reach")).getText().contains(DUTCH.format(oldest)),
                panel.findElement(By.cssSelector("dd.reach")).getText() + " / " + DUTCH.format(oldest));
    }
}
