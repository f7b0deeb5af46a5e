package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.PostfixLogs;
import nl.provalue.privacy.testsupport.PostfixLogs.Message;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** P4: staff import a Postfix log from the screen and follow it; the retention rules and their runs. */
class ImportsBrowserIT extends BrowserTestBase {

    private WebElement row(String fileName) {
        return browser.driver()
                .findElement(By.xpath("//table//tr[.//span[@class='file-name' and text()='" + fileName + "']]"));
    }

    private String cell(String fileName, String column) {
        return row(fileName)
                .findElement(By.cssSelector("td." + column))
                .getText()
                .trim();
    }

    @Test
    void p4_staffUploadAPostfixLogAndSeeItsReport_aSecondUploadStoresNothingTwice() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            messages.add(new Message(
                    PostfixLogs.queueId(2_000_000 + i),
                    start.plusSeconds(60L * i),
                    "nieuwsbrief@nu.nl",
                    20_000,
                    List.of("jan@jansenfotografie.nl", "info@jansenfotografie.nl"),
                    "sent"));
        }
        String name = "maillog-" + System.nanoTime() + ".log";
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.writeString(file, PostfixLogs.render(messages) + "garbage that is no syslog line\n");
        long lines = messages.stream().mapToLong(PostfixLogs::linesPerMessage).sum() + 1;

        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.find("#nav-imports").click();
        assertEquals("Serverlogs importeren", browser.text("#page-title"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.byId("upload:start").click();
        browser.waitForText("is gestart.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> cell(name, "import-status").startsWith("Klaar"));
        browser.open("/staff/imports.xhtml");
        assertEquals(String.valueOf(lines), cell(name, "import-lines").replace(".", ""));
        assertEquals("100", cell(name, "import-imported"));
        assertEquals("0", cell(name, "import-duplicates"));
        assertEquals("200", cell(name, "import-ignored"));
        assertEquals("1", cell(name, "import-skipped"));
        // P4: the uploaded file is gone once the import is done, and the page says so and says the limit.
        assertTrue(cell(name, "import-raw-file").startsWith("Verwijderd op "), cell(name, "import-raw-file"));
        assertTrue(browser.text(".raw-file-legend").contains("na 7 dagen"), browser.text(".raw-file-legend"));
        browser.screenshot("staff-imports");

        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.byId("upload:start").click();
        browser.waitForText("is gestart.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(
                            By.xpath("//table//tr[.//span[@class='file-name' and text()='" + name + "']]"));
                    return rows.size() == 2
                            && rows.get(0)
                                    .findElement(By.cssSelector("td.import-status"))
                                    .getText()
                                    .startsWith("Klaar");
                });
        browser.open("/staff/imports.xhtml");
        WebElement newest = browser.driver()
                .findElements(By.xpath("//table//tr[.//span[@class='file-name' and text()='" + name + "']]"))
                .get(0);
        assertEquals(
                "0",
                newest.findElement(By.cssSelector("td.import-imported"))
                        .getText()
                        .trim());
        assertEquals(
                "100",
                newest.findElement(By.cssSelector("td.import-duplicates"))
                        .getText()
                        .trim());
        assertEquals(
                100,
                Db.scalar(
                        "SELECT count(*) FROM mail_log_entry WHERE queue_id BETWEEN ? AND ?",
                        PostfixLogs.queueId(2_000_000),
                        PostfixLogs.queueId(2_000_049)));

        browser.byId("upload:start").click();
        browser.waitForText("Kies eerst een logbestand.");
    }

    @Test
    void aMailLogUploadedAsAnAccessLogIsDoneButSaysNothingCouldBeRead() throws Exception {
        String name = "verkeerd-soort-" + System.nanoTime() + ".log";
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.writeString(
                file,
                PostfixLogs.render(List.of(new Message(
                        PostfixLogs.queueId(3_000_000),
                        Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS),
                        "nieuwsbrief@nu.nl",
                        20_000,
                        List.of("jan@jansenfotografie.nl"),
                        "sent"))));
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.open("/staff/imports.xhtml");
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='ACCESS_LOG']"))
                .click();
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.byId("upload:start").click();
        browser.waitForText("is gestart.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> cell(name, "import-status").startsWith("Klaar"));
        browser.open("/staff/imports.xhtml");
        assertEquals(cell(name, "import-lines"), cell(name, "import-skipped"), "not one line read");
        assertTrue(
                cell(name, "import-status").contains("Geen enkele regel was leesbaar. Is dit het goede soort log?"),
                cell(name, "import-status"));
    }

    @Test
    void p4_staffSeeWhenTheFileOfAFailedImportWillBeDeleted_inDutchAndInEnglish() {
        String name = "failed-" + System.nanoTime() + ".log";
        // Failed just now, so that it is the newest import, on the first page.
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Db.update(
                "INSERT INTO import_run (kind, file_name, stored_path, file_size, file_sha256, started_by, created_at,"
                        + " started_at, finished_at, status, lines_done, bytes_done, imported, duplicates, ignored, skipped,"
                        + " unmatched, bytes_counted) VALUES ('POSTFIX', ?, '/nowhere/failed.log', 10, 'test', 'system', ?, ?, ?,"
                        + " 'FAILED', 0, 0, 0, 0, 0, 0, 0, 0)",
                name,
                utc(finished),
                utc(finished),
                utc(finished));
        Instant due = finished.plus(Duration.ofDays(7));

        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.open("/staff/imports.xhtml");
        assertEquals(
                "Staat op de server; wordt verwijderd op " + dateTime(due, java.util.Locale.forLanguageTag("nl")),
                cell(name, "import-raw-file"));
        // A followed mail log's import: started by the portal itself, in words, not the code it stores.
        assertTrue(cell(name, "import-by").startsWith("Het portaal (automatisch)"), cell(name, "import-by"));
        browser.find("#language-switch").click();
        browser.waitForText("Importing server logs");
        assertEquals(
                "On the server; deleted on " + dateTime(due, java.util.Locale.ENGLISH), cell(name, "import-raw-file"));
        assertTrue(browser.text(".raw-file-legend").contains("after 7 days"), browser.text(".raw-file-legend"));
        assertTrue(cell(name, "import-by").startsWith("The portal (automatically)"), cell(name, "import-by"));
        browser.screenshot("staff-imports-failed-file");
    }

    @Test
    void p4_staffSeeTheFollowedMailLogItsPositionAndLag_inDutchAndInEnglish() {
        String file = System.getProperty("it.mail.log.file");
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.open("/staff/imports.xhtml");
        assertTrue(browser.text(".follow-status").contains("Gevolgde maillog"), browser.text(".follow-status"));
        assertEquals(java.nio.file.Path.of(file).toAbsolutePath().toString(), browser.text(".follow-file"));
        assertTrue(
                browser.text(".follow-position").contains("doorgegeven aan imports"), browser.text(".follow-position"));
        assertTrue(browser.text(".follow-lag").endsWith("nog niet doorgegeven"), browser.text(".follow-lag"));
        // The test server checks the file every two seconds, whether it is there or not.
        browser.open("/staff/imports.xhtml");
        assertTrue(!browser.text(".follow-checked").equals("nog geen"), browser.text(".follow-checked"));
        browser.find("#language-switch").click();
        browser.waitForText("Followed mail log");
        assertTrue(browser.text(".follow-lag").endsWith("not handed over yet"), browser.text(".follow-lag"));
        assertTrue(browser.text(".follow-position").contains("handed to imports"), browser.text(".follow-position"));
        browser.screenshot("staff-imports-followed-log");
    }

    private static java.sql.Timestamp utc(Instant at) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    /** As the portal writes a moment: the reader's language, Amsterdam time. */
    private static String dateTime(Instant at, java.util.Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .format(at);
    }

    @Test
    void p4_staffRunTheMailLogRuleAndSeeWhatItRemoved() {
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.find("#nav-retention").click();
        assertEquals("Bewaartermijnen: wat wordt verwijderd, en wanneer", browser.text("#page-title"));
        WebElement rule = browser.find(".rule-MAIL_LOG");
        assertTrue(rule.getText().contains("Maillog na 4 weken (P4)"), rule.getText());
        rule.findElement(By.cssSelector("button.run-now")).click();
        browser.waitForText("Maillog na 4 weken: ");
        assertTrue(browser.find(".rule-MAIL_LOG").getText().contains("Volledig"));
        WebElement run = browser.driver().findElement(By.cssSelector(".retention-runs tbody tr"));
        assertTrue(run.getText().contains("Maillog na 4 weken (P4)"), run.getText());
        assertTrue(run.getText().contains("Volledig"), run.getText());
        browser.screenshot("staff-retention");
        assertTrue(Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE action = 'RETENTION_RUN_STARTED' AND actor_username = 'ruud.smit'")
                >= 1);
    }

    @Test
    void customersReachNeitherScreenNorApi() {
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(403, jan.get("/staff/imports.xhtml").statusCode());
        assertEquals(403, jan.get("/staff/retention.xhtml").statusCode());
        assertEquals(403, jan.get("/api/staff/import").statusCode());
    }
}
