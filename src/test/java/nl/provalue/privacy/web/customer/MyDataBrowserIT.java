package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.BusyCustomer;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "My data" as customers use it, in Chromium and over HTTP: every screen, the correction form,
 * the access log's paging and filters, the export, and the walls between customers (P1-P3, P6-P9, P12).
 */
class MyDataBrowserIT extends BrowserTestBase {

    @Test
    void p1_p2_p8_myDataShowsEveryItemWithSourceStorageAndPurpose() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-my-data").click();
        assertEquals("Mijn gegevens", browser.text("#page-title"));
        assertEquals("Jan Jansen", browser.byId("contact:fullName").getAttribute("value"));
        String page = browser.pageText();
        assertTrue(page.contains("Mondeling"), "P1 source shown");
        assertTrue(page.contains("Document van u"));
        assertTrue(page.contains("Elektronisch en op papier"), "P2 storage shown");
        assertTrue(page.contains("Administratie"), "P8 purpose shown");
        assertTrue(page.contains("Getekende machtiging automatische incasso"), "P2 paper record listed");
        assertTrue(page.contains("Archiefkast B"));
        browser.screenshot("customer-my-data");
    }

    @Test
    void p1_correctingContactDetailsValidatesAndRecordsOldAndNew() {
        browser.login("sanne.dejong", "Welkom-Sanne-2026");
        browser.open("/customer/my-data.xhtml");
        retype("phone", "bel me maar");
        retype("email", "geen-adres");
        browser.byId("contact:save").click();
        browser.waitForText("Dit is geen e-mailadres");
        assertTrue(row("phone").contains("Dit is geen telefoonnummer waarop wij u kunnen bellen"), row("phone"));
        assertTrue(row("email").contains("Dit is geen e-mailadres"), row("email"));
        browser.screenshot("customer-my-data-invalid");
        browser.open("/customer/my-data.xhtml");
        assertEquals("+31 70 362 91 04", browser.byId("contact:phone").getAttribute("value"), "nothing saved");

        retype("city", "Rotterdam");
        retype("postalCode", "3011 AA");
        browser.byId("contact:save").click();
        browser.waitForText("Uw contactgegevens zijn bijgewerkt (2 velden gewijzigd).");
        String corrections = browser.text("[id='corrections-form:corrections']");
        assertTrue(corrections.contains("Den Haag") && corrections.contains("Rotterdam"), corrections);
        assertTrue(corrections.contains("Webformulier"));
        browser.open("/customer/my-data.xhtml");
        assertEquals("Rotterdam", browser.byId("contact:city").getAttribute("value"));
        browser.screenshot("customer-my-data-corrected");
    }

    /** The form row of a field, with the message shown beside it. */
    /** Replaces what a field of the contact form holds, as a person would. */
    private void retype(String field, String text) {
        WebElement input = browser.byId("contact:" + field);
        input.clear();
        input.sendKeys(text);
    }

    private String row(String field) {
        return browser.driver()
                .findElement(By.xpath("//div[contains(@class,'form-row')][.//input[@id='contact:" + field + "']]"))
                .getText();
    }

    @Test
    void p1_aPostalCodeMustBeTheCountrys_andAnAddressNeedsADomain() {
        browser.login("sanne.dejong", "Welkom-Sanne-2026");
        browser.open("/customer/my-data.xhtml");
        retype("postalCode", "12");
        retype("phone", "070 362 91 0");
        retype("email", "sanne@dejong");
        browser.byId("contact:save").click();
        browser.waitForText("Dit is geen postcode van het opgegeven land");
        assertTrue(row("postalCode").contains("Dit is geen postcode van het opgegeven land"), row("postalCode"));
        assertTrue(row("email").contains("Dit is geen e-mailadres"), row("email"));
        assertTrue(row("phone").contains("Dit is geen telefoonnummer"), "one digit short: " + row("phone"));
        String page = browser.pageText();
        assertEquals(
                page.indexOf("Dit is geen postcode"), page.lastIndexOf("Dit is geen postcode"), "said once: " + page);
        assertFalse(page.contains("Uw contactgegevens zijn bijgewerkt"));
        // Each field still holds what was typed, to be corrected; saving again saves nothing and
        // erases nothing.
        assertEquals("12", browser.byId("contact:postalCode").getAttribute("value"));
        assertEquals("070 362 91 0", browser.byId("contact:phone").getAttribute("value"));
        assertEquals("sanne@dejong", browser.byId("contact:email").getAttribute("value"));
        browser.screenshot("customer-my-data-postcode");
        browser.byId("contact:save").click();
        browser.waitForAjax();
        assertTrue(row("phone").contains("Dit is geen telefoonnummer"), row("phone"));
        assertFalse(browser.pageText().contains("Uw contactgegevens zijn bijgewerkt"), browser.pageText());
        browser.open("/customer/my-data.xhtml");
        assertEquals("2518 AA", browser.byId("contact:postalCode").getAttribute("value"), "nothing saved");
        assertEquals("+31 70 362 91 04", browser.byId("contact:phone").getAttribute("value"), "nothing erased");
    }

    @Test
    void p3_websitesShowTrafficAgainstTheLimitWithCharts() {
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.find("#nav-websites").click();
        assertEquals("Websites en dataverkeer", browser.text("#page-title"));
        String site = browser.text(".site");
        assertTrue(site.contains("www.bakkerijbakker.nl"), site);
        assertTrue(site.contains("Zakelijk"));
        assertTrue(site.contains("% van de limiet"));
        assertTrue(site.contains("Reikt vandaag terug tot"), "P6 reach shown");
        assertEquals(2, browser.all(".site canvas").size(), "daily and monthly chart drawn");
        // The charts' axes write days and months the Dutch way ("6 sep.", "jul. 2026"), never as
        // 2026-09-06, and their numbers with a decimal comma; the daily chart names its unit.
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        java.util.List<Object> chart =
                (java.util.List<Object>) js.executeScript("const c = document.querySelectorAll('.site canvas');"
                        + " const d = Chart.getChart(c[0]), m = Chart.getChart(c[1]);"
                        + " return [d.data.labels, m.data.labels, d.options.locale, m.options.locale,"
                        + " d.options.scales.y.title.text];");
        @SuppressWarnings("unchecked")
        java.util.List<String> days = (java.util.List<String>) chart.get(0);
        @SuppressWarnings("unchecked")
        java.util.List<String> months = (java.util.List<String>) chart.get(1);
        assertFalse(days.isEmpty());
        String dutchMonth = "(jan\\.|feb\\.|mrt\\.|apr\\.|mei|jun\\.|jul\\.|aug\\.|sep\\.|okt\\.|nov\\.|dec\\.)";
        assertTrue(days.stream().allMatch(d -> d.matches("\\d{1,2} " + dutchMonth)), "days: " + days);
        assertTrue(months.stream().allMatch(m -> m.matches(dutchMonth + " \\d{4}")), "months: " + months);
        assertEquals("nl", chart.get(2));
        assertEquals("nl", chart.get(3));
        assertEquals("MB per dag", chart.get(4));
        browser.screenshot("customer-websites");
        // On a phone each chart fills its box instead of leaving a band of white beneath it.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.open("/customer/websites.xhtml");
        @SuppressWarnings("unchecked")
        java.util.List<Object> fill =
                (java.util.List<Object>) js.executeScript("return Array.from(document.querySelectorAll('.site canvas'))"
                        + ".map(c => [Chart.getChart(c).height, c.parentElement.clientHeight]);");
        assertEquals(2, fill.size());
        for (Object f : fill) {
            java.util.List<?> heights = (java.util.List<?>) f;
            double drawn = ((Number) heights.get(0)).doubleValue();
            double box = ((Number) heights.get(1)).doubleValue();
            assertTrue(box >= 200 && drawn >= box - 10, "chart " + drawn + " px high in a box of " + box + " px");
        }
        browser.screenshot("customer-websites-phone");
    }

    @Test
    void p6_accessLogPagesByKeysetAndFilters() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/websites.xhtml");
        browser.find(".access-log-link").click();
        assertEquals("Bezoekerslog", browser.text("#page-title"));
        assertEquals("www.jansenfotografie.nl", browser.text("#site-name"));
        List<String> page1 = rows();
        assertEquals(50, page1.size());
        assertEquals("Pagina 1", browser.text("#page-number"));
        browser.screenshot("customer-access-log");

        browser.byId("log:next").click();
        browser.waitForText("Pagina 2");
        List<String> page2 = rows();
        assertEquals(50, page2.size());
        assertFalse(page2.contains(page1.get(0)));
        browser.byId("log:previous").click();
        browser.waitForText("Pagina 1");
        assertEquals(page1, rows(), "back to exactly the first page");

        String ip =
                browser.driver().findElements(By.cssSelector("td.ip")).get(0).getText();
        browser.byId("log:ip").sendKeys(ip);
        browser.byId("log:search").click();
        browser.waitForText("Pagina 1");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("td.ip")).stream()
                        .allMatch(e -> e.getText().startsWith(ip)));
        assertFalse(browser.all("td.ip").isEmpty());
        browser.screenshot("customer-access-log-filtered");
    }

    @Test
    void p6_aFilterLooksThroughTenThousandLinesAPageAndOnFromWhereItStopped() {
        // 25,000 lines, 2.3 s apart; one in a thousand asks for /pagina/999.
        BusyCustomer busy = BusyCustomer.create("zoekt.verder", 0, 25_000, 0);
        browser.login(busy.username(), BusyCustomer.PASSWORD);
        browser.open("/customer/access-log.xhtml?site=" + busy.siteId());
        assertEquals(50, rows().size());
        assertTrue(browser.all("[id='log:looked-to']").isEmpty(), "no filter, nothing said about looking");

        browser.byId("log:path").sendKeys("/pagina/999");
        browser.byId("log:search").click();
        browser.waitForText("regels doorzocht");
        List<String> first = rows();
        assertEquals(10, first.size(), "ten matches in the first 10,000 lines");
        assertTrue(first.stream().allMatch(r -> r.contains("/pagina/999")), first.toString());
        String looked = browser.text("[id='log:looked-to']");
        assertTrue(looked.startsWith("Het filter heeft voor deze pagina 10.000 regels doorzocht, tot en met "), looked);
        assertTrue(looked.endsWith("Met de knop \u2018Ouder\u2019 zoekt u verder."), looked);
        showLookedTo();
        browser.screenshot("customer-access-log-looked-to");

        browser.byId("log:next").click();
        browser.waitForText("Pagina 2");
        List<String> second = rows();
        assertEquals(10, second.size(), "the next 10,000 lines");
        assertTrue(second.stream().noneMatch(first::contains), "none shown twice");
        assertFalse(looked.equals(browser.text("[id='log:looked-to']")), "it looked further back");

        browser.byId("log:next").click();
        browser.waitForText("Pagina 3");
        assertEquals(5, rows().size(), "the last 5,000 lines hold five");
        assertTrue(browser.all("[id='log:looked-to']").isEmpty(), "the end of the log: nothing more to look at");
        assertFalse(browser.byId("log:next").isEnabled());

        browser.byId("log:previous").click();
        browser.waitForText("Pagina 2");
        assertEquals(second, rows(), "back to the same page");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        showLookedTo();
        browser.screenshot("phone-customer-access-log-looked-to");

        // Over-long filters are refused, not cut.
        browser.byId("log:path").clear();
        browser.byId("log:path").sendKeys("/" + "a".repeat(2048));
        browser.byId("log:search").click();
        browser.waitForText("ten hoogste");
        assertEquals("Pagina 2", browser.text("#page-number"), "nothing searched");
    }

    private void showLookedTo() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('log:looked-to').scrollIntoView({block: 'center'})");
    }

    private List<String> rows() {
        return browser.all("[id='log:entries'] tbody tr").stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void datesAreReadAndWrittenTheDutchWay() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/websites.xhtml");
        browser.find(".access-log-link").click();
        String dutch = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        .minusDays(3));
        browser.setValue("log:from_input", dutch);
        browser.byId("log:search").click();
        browser.waitForAjax();
        assertFalse(browser.pageText().contains("Dit is geen datum"), browser.pageText());
        assertEquals(dutch, browser.byId("log:from_input").getAttribute("value"), "shown back as written");

        browser.setValue("log:from_input", "31-02-2026");
        browser.byId("log:search").click();
        browser.waitForText("Dit is geen datum. Schrijf de dag als dag-maand-jaar, bijvoorbeeld 15-12-2026.");
        assertFalse(browser.pageText().contains("could not be understood"), "no English on a Dutch screen");
        browser.screenshot("customer-access-log-date");
    }

    @Test
    void theLanguageSwitchKeepsThePage() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/websites.xhtml");
        browser.find(".access-log-link").click();
        assertEquals("Bezoekerslog", browser.text("#page-title"));
        String site = browser.currentPath();
        assertTrue(site.contains("site="), site);
        browser.find("#language-switch").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("page-title")).getText().equals("Visitor log"));
        assertTrue(browser.currentPath().contains(site.substring(site.indexOf("site="))), browser.currentPath());
        assertTrue(browser.pageText().contains("www.jansenfotografie.nl"), "the same site, in English");
        browser.find("#language-switch").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("page-title")).getText().equals("Bezoekerslog"));
    }

    @Test
    void anotherCustomersWebsiteAnswers404() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/websites.xhtml");
        String jansLog = browser.find(".access-log-link").getAttribute("href");
        browser.logout();
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.driver().get(jansLog);
        assertEquals("Niet gevonden", browser.text("#page-title"));
        assertFalse(browser.pageText().contains("jansenfotografie"));
        browser.open("/customer/access-log.xhtml?site=999999");
        assertEquals("Niet gevonden", browser.text("#page-title"));
        browser.open("/customer/access-log.xhtml?site=x");
        assertEquals("Niet gevonden", browser.text("#page-title"));
    }

    @Test
    void p7_backupsShowWhenTheyGo() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-backups").click();
        assertEquals("Back-ups", browser.text("#page-title"));
        assertTrue(
                browser.text("#backup-count").matches("\\d+ back-ups bestaan nu; [1-9]\\d* zijn al vernietigd\\."),
                browser.text("#backup-count"));
        assertTrue(browser.pageText().contains("Bestaat"));
        assertEquals(
                "Gemaakt",
                browser.text("[id='backups-form:backups'] th[aria-sort='descending'] .ui-column-title"),
                "the list is newest first, and its header says so");
        browser.screenshot("customer-backups");
        // Another order, by clicking a column's name.
        browser.sortBy("backups-form:backups", "Wat", "ascending");
        assertEquals("Back-ups", browser.text("#page-title"));
        assertTrue(browser.driver()
                        .findElements(By.cssSelector("[id='backups-form:backups'] tbody tr"))
                        .size()
                >= 5);

        // On a phone the headers give way to a sort box: it names the order the list is in.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.driver().navigate().refresh();
        assertEquals("Gemaakt Aflopend", browser.sortBoxChoice());
        browser.screenshot("customer-backups-phone");
    }

    @Test
    void p9_p13_disclosuresAppearOnlyWithoutSecrecy() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-disclosures").click();
        assertTrue(browser.text("#disclosures").contains("Politie Eenheid Amsterdam"));
        assertTrue(browser.text("#disclosures").contains("Verstrekt (afgesloten)"), browser.text("#disclosures"));
        browser.screenshot("customer-disclosures");
        browser.logout();

        // A refused request that was then closed says it was refused, not only that it is closed.
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/disclosures.xhtml");
        WebElement refused = browser.driver().findElement(By.xpath("//tr[td[contains(., 'Smit & De Boer')]]"));
        assertTrue(refused.getText().contains("Geweigerd (afgesloten)"), refused.getText());
        browser.logout();

        // Fatima's mailbox is under an interception order with a secrecy period: she sees nothing of it.
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.open("/customer/disclosures.xhtml");
        assertTrue(browser.text("#disclosures").contains("Er zijn geen gegevens van u aan derden verstrekt."));
        assertFalse(browser.pageText().contains("Openbaar Ministerie"));
        PortalHttp http = new PortalHttp(base).login("fatima.elamrani", "Welkom-Fatima-2026");
        assertFalse(zipText(http, "data.json").contains("REG-2026-0011"), "nor in the export");
    }

    @Test
    void p12_staffNeedAReasonAndTheCustomerSeesTheAccess() {
        PortalHttp staff = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        assertEquals(403, staff.get("/api/staff/customers/PV100912/data").statusCode(), "no reason, no access");
        HttpResponse<String> withReason =
                staff.get("/api/staff/customers/PV100912/data?reason=Klant%20belde%20over%20factuur");
        assertEquals(200, withReason.statusCode(), withReason.body());
        assertTrue(withReason.body().contains("Pieter Bakker"));
        assertEquals(
                404, staff.get("/api/staff/customers/PV999999/data?reason=x").statusCode());

        PortalHttp customer = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(
                403,
                customer.get("/api/staff/customers/PV100912/data?reason=x").statusCode(),
                "customers never reach staff APIs");

        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/disclosures.xhtml");
        String views = browser.text("[id='staff-views-form:staff-views']");
        assertTrue(views.contains("Eva Visser") && views.contains("Klant belde over factuur"), views);
        browser.screenshot("customer-staff-access");
    }

    @Test
    void exportHoldsEveryCategoryAsJsonCsvAndExcel_inTheCustomersLanguage() throws IOException {
        PortalHttp http = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        HttpResponse<String> me = http.get("/api/me");
        assertEquals(200, me.statusCode());
        JsonObject profile = Json.createReader(new StringReader(me.body())).readObject();
        assertEquals("PV100231", profile.getString("customerNumber"));

        String rightsText = "Wis de oude gegevens van mijn website " + System.nanoTime();
        assertEquals(
                201,
                http.post(
                                "/api/me/rights-requests",
                                "application/json",
                                "{\"type\":\"ERASURE\",\"description\":\"" + rightsText + "\"}",
                                java.time.Duration.ofSeconds(30))
                        .statusCode());

        Map<String, String> files = unzip(http);
        for (String table : nl.provalue.privacy.application.ExportServiceTest.TABLES) {
            assertTrue(
                    files.containsKey("csv/" + table + ".csv") && files.containsKey("excel/" + table + ".csv"),
                    table + ": " + files.keySet());
            assertTrue(files.get("excel/" + table + ".csv").startsWith("\uFEFF"), table + ": Excel's file has a BOM");
        }
        assertTrue(
                files.keySet().containsAll(List.of("data.json", "overzicht.html", "LEESMIJ.txt")),
                files.keySet().toString());
        JsonObject data =
                Json.createReader(new StringReader(files.get("data.json"))).readObject();
        assertEquals("PV100231", data.getString("customerNumber"));
        String demoSite = data.getJsonArray("websites").getJsonObject(0).getString("hostname");
        JsonArray accessLog = data.getJsonArray("accessLog");
        assertEquals(
                700,
                accessLog.stream()
                        .filter(a -> a.asJsonObject().getString("hostname").equals(demoSite))
                        .count(),
                "the demo site's whole access log");
        assertEquals(
                accessLog.size() + 1,
                files.get("csv/access-log.csv").split("\r\n").length,
                "same rows in the CSV, plus a header");
        long mailRows = nl.provalue.privacy.testsupport.Db.scalar("SELECT count(*) FROM mail_log_entry m"
                + " JOIN customer c ON c.id = m.customer_id WHERE c.customer_number = 'PV100231'");
        assertTrue(mailRows >= 120, "the demo's mail log and what other tests imported: " + mailRows);
        assertEquals(mailRows + 1, files.get("csv/mail-log.csv").split("\r\n").length);
        assertEquals(mailRows, data.getJsonArray("mailLog").size());
        assertFalse(files.get("csv/mail-log.csv").toLowerCase().contains("subject"), "P12: no subject, no content");
        assertFalse(files.get("data.json").contains("Fatima"), "nobody else's data");

        // In the customer's language: Dutch headers, labels instead of codes, Amsterdam times.
        assertTrue(
                files.get("csv/contact-details.csv").startsWith("Gegeven,Waarde,Bron,Ontvangen op\r\nNaam,Jan Jansen,"),
                files.get("csv/contact-details.csv"));
        assertTrue(
                files.get("excel/mail-log.csv")
                        .startsWith("\uFEFFVerzonden op;Afzender;Ontvanger;Grootte (bytes);Stand;"),
                files.get("excel/mail-log.csv").substring(0, 80));
        assertFalse(files.get("csv/personal-data.csv").contains("ADMINISTRATION"), "no internal codes");
        assertTrue(files.get("csv/personal-data.csv").contains("Administratie"));
        String firstMail = files.get("csv/mail-log.csv").split("\r\n")[1];
        assertTrue(
                firstMail.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00,.*"),
                "a time in Europe/Amsterdam with its offset: " + firstMail);
        String rights = files.get("csv/rights-requests.csv");
        assertTrue(
                rights.startsWith("Soort,Omschrijving,Ontvangen per,Ontvangen op,Antwoord uiterlijk,Verlengd,"
                        + "Reden van verlenging,Stand,Antwoord\r\n"),
                rights);
        assertTrue(
                rights.contains("Wissen," + rightsText + ",portaal,"), "the customer's own rights request: " + rights);
        JsonObject filed = data.getJsonArray("rightsRequests").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getString("description").equals(rightsText))
                .findFirst()
                .orElseThrow();
        assertEquals("RECEIVED", filed.getString("status"));
        assertEquals("Ontvangen", filed.getString("statusLabel"));
        assertTrue(files.get("csv/retention.csv").contains("\r\nMaillog,"), "what we keep and why");
        assertEquals(
                nl.provalue.privacy.domain.retention.KeptCategory.values().length,
                data.getJsonArray("retention").size());
        String leesmij = files.get("LEESMIJ.txt");
        assertTrue(
                leesmij.contains("PV100231")
                        && leesmij.contains(
                                "access-log.csv (in data.json: accessLog), " + accessLog.size() + " regels"),
                leesmij);

        PortalHttp anonymous = new PortalHttp(base);
        assertEquals(302, anonymous.get("/api/me/export").statusCode(), "no export without login");
        PortalHttp staff = new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026");
        assertEquals(403, staff.get("/api/me").statusCode(), "staff have no 'me'");
    }

    /** The rows of a table on the export's page for people, each a list of its cells as they read. */
    private static List<List<String>> exportRows(String page, String table) {
        List<List<String>> rows = nl.provalue.privacy.application.ExportServiceTest.htmlRows(page, table);
        return rows.subList(1, rows.size());
    }

    /** The text of each cell of a row of a PrimeFaces table, as the person reads it. */
    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(td -> td.getText().trim())
                .toList();
    }

    @Test
    void theExportsPageForPeopleShowsWhatTheScreensShow() throws IOException {
        Map<String, String> files = unzip(new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026"));
        String page = files.get("overzicht.html");
        browser.login("jan.jansen", "Welkom-Jan-2026");

        browser.open("/customer/my-data.xhtml");
        List<List<String>> contact = exportRows(page, "contact-details");
        for (String field : List.of("fullName", "street", "postalCode", "city", "phone", "email")) {
            String shown = browser.byId("contact:" + field).getAttribute("value");
            assertTrue(
                    contact.stream().anyMatch(r -> r.get(1).equals(shown)),
                    field + " as the screen shows it (" + shown + "): " + contact);
        }

        browser.open("/customer/backups.xhtml");
        List<WebElement> backupRows =
                browser.driver().findElements(By.cssSelector("[id='backups-form:backups'] tbody tr"));
        assertTrue(backupRows.size() >= 5, "the demo's backups");
        List<List<String>> backups = exportRows(page, "backups");
        for (WebElement row : backupRows.subList(0, 5)) {
            List<String> shown = cells(row);
            assertTrue(
                    backups.stream()
                            .anyMatch(r -> shown.get(0).endsWith(r.get(1))
                                    && r.get(2).equals(shown.get(1))
                                    && r.get(3).equals(shown.get(2))),
                    "a backup as the screen shows it: " + shown);
            // The kind, then whose: not the kind twice ("Homepage · Homepage www.…").
            assertFalse(shown.get(0).matches("(\\S+) · \\1 .*"), shown.get(0));
        }

        browser.open("/customer/websites.xhtml");
        browser.find(".access-log-link").click();
        browser.waitForText("Pagina 1");
        List<List<String>> accessLog = exportRows(page, "access-log");
        List<WebElement> logRows = browser.driver().findElements(By.cssSelector("table tbody tr"));
        assertTrue(logRows.size() >= 10, "a page of the demo's log");
        for (WebElement row : logRows.subList(0, 10)) {
            List<String> shown = cells(row);
            assertTrue(
                    accessLog.stream()
                            .anyMatch(r -> r.get(1).equals(shown.get(0))
                                    && r.get(2).equals(shown.get(1))
                                    && (r.get(3) + " " + r.get(4)).equals(shown.get(2))
                                    && r.get(5).equals(shown.get(3))),
                    "a log line as the screen shows it: " + shown);
        }
    }

    @Test
    void p12_theExportHoldsEveryStaffOpening_alsoBeyondFiveHundred() throws IOException {
        String marker = "Bulkopening " + System.nanoTime() + " ";
        int inserted = nl.provalue.privacy.testsupport.Db.update(
                "INSERT INTO audit_event (occurred_at, actor_username,"
                        + " actor_role, action, customer_id, reason, details, opening_id, purpose_code)"
                        + " SELECT TIMESTAMP '2026-01-01 09:00:00' + INTERVAL seq MINUTE, 'eva.visser', 'STAFF',"
                        + " 'STAFF_VIEWED_CUSTOMER_DATA', c.id, CONCAT(?, seq), 'export test', CONCAT(?, seq), 'BILLING'"
                        + " FROM seq_1_to_2600, customer c WHERE c.customer_number = 'PV101305'",
                marker,
                "bulk-" + System.nanoTime() + "-");
        assertEquals(2600, inserted);
        long openings = nl.provalue.privacy.testsupport.Db.scalar("SELECT count(DISTINCT opening_id) FROM audit_event a"
                + " JOIN customer c ON c.id = a.customer_id WHERE c.customer_number = 'PV101305'"
                + " AND a.action = 'STAFF_VIEWED_CUSTOMER_DATA' AND a.opening_id IS NOT NULL");

        PortalHttp http = new PortalHttp(base).login("sanne.dejong", "Welkom-Sanne-2026");
        Map<String, String> files = unzip(http);
        String[] lines = files.get("csv/staff-access.csv").split("\r\n");
        assertEquals(openings + 1, lines.length, "every opening, more than one of the export's pages, plus a header");
        assertEquals(
                2600,
                java.util.Arrays.stream(lines)
                        .filter(l -> l.contains(marker))
                        .distinct()
                        .count(),
                "each once");
        assertEquals(
                openings,
                Json.createReader(new StringReader(files.get("data.json")))
                        .readObject()
                        .getJsonArray("staffAccess")
                        .size());
        assertTrue(lines[0].startsWith("Opened on,Staff member,What for,"), "Sanne chose English: " + lines[0]);
        assertTrue(files.containsKey("README.txt"), files.keySet().toString());
        assertTrue(files.get("csv/staff-access.csv").contains(",Eva Visser,Invoice or payment," + marker), lines[1]);
    }

    @Test
    void whatWeKeepExplainsEveryCategoryInBothLanguages() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.find("#nav-what-we-keep").click();
        assertEquals("Wat wij bewaren en waarom", browser.text("#page-title"));
        String page = browser.pageText();
        assertTrue(page.contains("Maillog") && page.contains("4 weken"));
        assertTrue(page.contains("Nooit langer dan zes maanden"));
        assertTrue(page.contains("Uw maillog reikt vandaag terug tot"));
        assertTrue(page.contains("www.jansenfotografie.nl: reikt vandaag terug tot"));
        // The privacy policy's promises by name, never the portal's own codes for them.
        assertTrue(page.contains("Maillog: 4 weken · Briefgeheim"), page);
        assertFalse(page.matches("(?s).*\\bP1?[0-9]\\b.*"), page);
        browser.screenshot("customer-what-we-keep");
        browser.find("#language-switch").click();
        assertEquals("What we keep and why", browser.text("#page-title"));
        assertTrue(browser.pageText().contains("Never longer than six months."));
    }

    private static Map<String, String> unzip(PortalHttp http) throws IOException {
        HttpResponse<InputStream> zip = http.stream("/api/me/export");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                files.put(e.getName(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String zipText(PortalHttp http, String name) {
        try {
            return unzip(http).get(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
