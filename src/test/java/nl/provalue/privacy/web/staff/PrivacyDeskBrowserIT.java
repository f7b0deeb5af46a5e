package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * P1, P2, P8, P12: staff find a customer, open the data only after saying why (the customer sees
 * it), record what the customer said on the phone and sent by e-mail, and register and destroy a
 * paper record; every step is attributed to the staff member.
 */
class PrivacyDeskBrowserIT extends BrowserTestBase {

    @Test
    void p12_p1_openWithAReason_recordWhatTheCustomerGave_andTheCustomerSeesBoth() throws Exception {
        long before = Db.scalar("SELECT count(*) FROM audit_event WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA'"
                + " AND actor_username = 'lotte.mulder'");
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        browser.find("#nav-customers").click();
        browser.byId("find:query").sendKeys("a");
        browser.byId("find:search").click();
        browser.waitForText("Vul minstens twee tekens in.");
        browser.byId("find:query").clear();
        browser.byId("find:query").sendKeys("jansenfotografie.nl");
        browser.byId("find:search").click();
        browser.waitForText("PV100231");
        assertTrue(browser.pageText().contains("Jan Jansen"), "found by domain name");
        browser.screenshot("staff-desk-search");

        browser.byId("find:query").clear();
        browser.byId("find:query").sendKeys("bakkerijbakker");
        browser.byId("find:search").click();
        browser.waitForText("PV100912");
        browser.driver().findElement(By.cssSelector("button.choose-customer")).click();
        browser.waitForText("Waarom opent u de gegevens van PV100912");
        assertTrue(
                browser.text(".open-with-reason .ui-panel-title").endsWith("?"),
                "a question ends with a question mark");
        browser.byId("find:open").click();
        browser.waitForText("Kies een reden.");
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='CUSTOMER_QUESTION']"))
                .click();
        browser.byId("find:reason").sendKeys("factuur");
        browser.byId("find:open").click();
        browser.waitForText("Licht in minstens 10 tekens toe waarom u de gegevens opent.");
        assertEquals(
                before,
                Db.scalar("SELECT count(*) FROM audit_event WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA'"
                        + " AND actor_username = 'lotte.mulder'"),
                "nothing opened without a reason");
        browser.byId("find:reason").sendKeys(" van vorige maand klopt niet, klant belde");
        browser.screenshot("staff-desk-reason");
        browser.byId("find:open").click();
        browser.waitForText("Klant PV100912");
        assertTrue(browser.pageText().contains("Pieter Bakker"));
        assertTrue(browser.text("#desk-mailboxes").contains("De inhoud van mail wordt nooit getoond"));
        browser.screenshot("staff-desk-customer");

        // Said on the phone.
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        browser.setValue("item:received_input", today);
        browser.byId("item:label").sendKeys("Voorkeur bellen");
        browser.byId("item:value").sendKeys("Liever na 17 uur bellen, overdag in de bakkerij");
        browser.driver()
                .findElement(By.cssSelector("[id='item:purposes'] input[value='COMMUNICATION']"))
                .click();
        browser.byId("item:saveItem").click();
        browser.waitForText("\"Voorkeur bellen\" vastgelegd");
        assertTrue(browser.text(".desk-items").contains("Liever na 17 uur bellen"));

        // Sent by e-mail, with the e-mail attached.
        Path mail = Files.createTempFile("mail", ".eml");
        Files.writeString(
                mail, "From: pieter@bakkerijbakker.nl\nSubject: nieuw factuuradres\n\nGraag facturen naar Postbus 12.");
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='EMAIL']"))
                .click();
        browser.setValue("item:received_input", today);
        new org.openqa.selenium.support.ui.Select(browser.byId("item:category")).selectByValue("BILLING");
        browser.byId("item:label").sendKeys("Factuuradres");
        browser.byId("item:value").sendKeys("Postbus 12, 3011 AA Rotterdam");
        browser.driver()
                .findElement(By.cssSelector("[id='item:purposes'] input[value='ADMINISTRATION']"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("[id='item:document'] input[type=file], input[type=file]"))
                .sendKeys(mail.toString());
        browser.byId("item:saveItem").click();
        browser.waitForText("\"Factuuradres\" vastgelegd");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM personal_data_document d JOIN personal_data_item i ON i.id = d.item_id"
                                + " WHERE i.label = 'Factuuradres' AND d.stored_by = 'lotte.mulder' AND d.size_bytes = ?",
                        Files.size(mail)));
        // Staff read about the customer, not the customer's own "u" and "uw".
        String desk = browser.pageText();
        assertTrue(browser.text(".desk-items").contains("E-mail van de klant"), browser.text(".desk-items"));
        assertTrue(browser.text(".desk-items").contains("Communicatie met de klant"), browser.text(".desk-items"));
        assertTrue(desk.contains("Document van de klant") && desk.contains("AVG-verzoeken van deze klant"), desk);
        for (String toTheCustomer : List.of("Uw mailboxen", "Uw rechten", "van u", "met u", "Vraag van u", "tot u ")) {
            assertFalse(desk.contains(toTheCustomer), toTheCustomer + " on the staff page: " + desk);
        }

        WebElement link = browser.driver().findElement(By.cssSelector(".desk-items a.item-document"));
        assertEquals(mail.getFileName().toString(), link.getText());
        String documentPath = java.net.URI.create(link.getAttribute("href")).getRawPath() + "?"
                + java.net.URI.create(link.getAttribute("href")).getRawQuery();
        assertEquals(
                403,
                new PortalHttp(base)
                        .login("ruud.smit", "Welkom-Ruud-2026")
                        .get(documentPath)
                        .statusCode(),
                "staff who did not open the customer get nothing");
        HttpResponse<String> own = new PortalHttp(base)
                .login("pieter.bakker", "Welkom-Pieter-2026")
                .get(documentPath.replaceAll("customer=\\d+&", ""));
        assertEquals(200, own.statusCode(), "the customer downloads the e-mail they sent");
        assertTrue(own.body().contains("Graag facturen naar Postbus 12."));
        assertEquals(
                404,
                new PortalHttp(base)
                        .login("jan.jansen", "Welkom-Jan-2026")
                        .get(documentPath.replaceAll("customer=\\d+&", ""))
                        .statusCode(),
                "another customer's document is not found");

        // A paper record, registered and destroyed.
        browser.byId("paper:description").sendKeys("Getekend contract 2019");
        browser.byId("paper:location").sendKeys("Archief Amsterdam, kast 4");
        browser.setValue("paper:since_input", "2019-03-01");
        browser.byId("paper:savePaper").click();
        browser.waitForText("Papieren dossier \"Getekend contract 2019\" geregistreerd.");
        WebElement record = browser.driver()
                .findElement(
                        By.xpath("//tr[td[contains(@class,'paper-description') and text()='Getekend contract 2019']]"));
        record.findElement(By.cssSelector("button.destroy-paper")).click();
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Vernietiging vastgelegd.");
        assertEquals(
                1,
                Db.scalar("SELECT count(*) FROM paper_record WHERE description = 'Getekend contract 2019'"
                        + " AND destroyed_at IS NOT NULL"));
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE actor_username = 'lotte.mulder'"
                                + " AND action = 'PAPER_RECORD_CHANGED' AND details LIKE 'destroyed: Getekend contract 2019%'"));
        assertEquals(
                2,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE actor_username = 'lotte.mulder'"
                                + " AND action = 'PERSONAL_DATA_RECORDED' AND (details LIKE '% Voorkeur bellen' OR details LIKE '% Factuuradres + %')"));
        browser.byId("top:close").click();
        browser.waitForText("Privacybalie: een klant zoeken");

        browser.logout();
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/my-data.xhtml");
        String mine = browser.pageText();
        assertTrue(mine.contains("Liever na 17 uur bellen"), "the customer sees what staff recorded");
        assertTrue(mine.contains("Mondeling"));
        assertTrue(mine.contains("E-mail van u") && mine.contains("Communicatie met u"), "the customer is spoken to");
        assertTrue(mine.contains("Postbus 12, 3011 AA Rotterdam"));
        browser.open("/customer/disclosures.xhtml");
        String views = browser.text("[id='staff-views-form:staff-views']");
        assertTrue(
                views.contains("Lotte Mulder") && views.contains("factuur van vorige maand klopt niet, klant belde"),
                views);
    }

    @Test
    void p12_withoutAnOpeningStaffSeeNothing_customersNeverReachTheDesk() {
        long pieter = Db.scalar("SELECT id FROM customer WHERE customer_number = 'PV100912'");
        PortalHttp staff = new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026");
        HttpResponse<String> page = staff.get("/staff/customer.xhtml?id=" + pieter);
        assertEquals(302, page.statusCode(), "back to the search, where the reason is asked");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/staff/customers.xhtml"));
        assertEquals(
                302, staff.get("/staff/customer.xhtml?id=99999999").statusCode(), "unknown ids reveal nothing either");
        assertEquals(403, staff.get("/api/staff/customers/PV100912/data").statusCode(), "the API wants a reason too");
        assertEquals(
                0,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE actor_username = 'ruud.smit'"
                                + " AND action = 'STAFF_VIEWED_CUSTOMER_DATA' AND customer_id = ?",
                        pieter));

        PortalHttp customer = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(403, customer.get("/staff/customers.xhtml").statusCode());
        assertEquals(403, customer.get("/staff/customer.xhtml?id=" + pieter).statusCode());
        assertEquals(403, customer.get("/staff/rights.xhtml").statusCode());
    }

    @Test
    void p12_anOpeningLastsTheSessionAndEndsWithIt() {
        browser.login("eva.visser", "Welkom-Eva-2026");
        StaffScreens.openPieter(browser, "Vraag over verhuizing van de website");
        String url = browser.driver().getCurrentUrl();
        browser.open("/staff/customers.xhtml");
        browser.driver().get(url);
        browser.waitForText("Klant PV100912");
        browser.logout();
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.driver().get(url);
        browser.waitForText("Open eerst een klant met een reden.");
    }
}
