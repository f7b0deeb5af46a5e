package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** P9, P11, P13: registering, deciding with a second staff member, handing over, secrecy, verification. */
class RegisterBrowserIT extends BrowserTestBase {

    private String registerRequest(String authority, String customer, String secrecyUntil) {
        return StaffScreens.registerRequest(
                browser,
                new StaffScreens.NewRequest(
                        "SUBSCRIBER_DATA",
                        "SV_SUBSCRIBER_DATA",
                        authority,
                        customer,
                        "Naam en adres van de houder van een website",
                        secrecyUntil));
    }

    @Test
    void p11_registerDecideWithASecondStaffMemberHandOverAndClose() throws Exception {
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.open("/staff/register-new.xhtml");
        browser.byId("new:save").click();
        browser.waitForText("Dit veld is verplicht.");
        assertTrue(browser.pageText().contains("Noem ten minste een klantnummer."));
        // A day of receipt after today on the provider's calendar is refused, and nothing is registered.
        StaffScreens.fillRequest(
                browser,
                new StaffScreens.NewRequest(
                        "SUBSCRIBER_DATA",
                        "SV_SUBSCRIBER_DATA",
                        "Politie Eenheid Oost-Brabant",
                        "PV100912",
                        "Naam en adres",
                        null));
        browser.setValue(
                "new:received_input",
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString());
        browser.byId("new:save").click();
        browser.waitForText("De datum van ontvangst kan niet in de toekomst liggen.");
        browser.screenshot("staff-register-received-in-future");
        assertFalse(browser.pageText().contains("is geregistreerd"));

        String number = registerRequest("Politie Eenheid Oost-Brabant", "PV100912", null);
        assertTrue(browser.text("[id='register:rows']").contains(number));
        browser.screenshot("staff-register");

        browser.driver().findElement(By.linkText(number)).click();
        // Registered without a deadline: the day of receipt stands alone, with no empty "Antwoorden voor".
        String received = browser.byId("received").getText();
        assertFalse(received.contains("Antwoorden voor"), received);
        assertTrue(received.matches("\\d{1,2} \\p{L}+\\.? \\d{4}"), received);
        // The order itself, attached and stored with its SHA-256.
        java.nio.file.Path order = java.nio.file.Files.createTempFile("vordering", ".txt");
        java.nio.file.Files.writeString(order, "Vordering gebruikersgegevens art. 126nc Sv, " + number);
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(java.nio.file.Files.readAllBytes(order)));
        browser.driver()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(order.toAbsolutePath().toString());
        browser.byId("upload:attach").click();
        browser.waitForText("SHA-256 " + sha);
        assertTrue(browser.text("[id='req:attachments']").contains(sha));
        String download = browser.driver()
                .findElement(By.cssSelector("[id='req:attachments'] a"))
                .getAttribute("href");

        browser.byId("req:startReview").click();
        browser.waitForText("Beoordeling gestart.");
        // The one who registered it is told before trying that a colleague decides: the buttons are off.
        assertTrue(browser.text("#four-eyes").contains("Een collega beslist erover"), browser.text("#four-eyes"));
        assertFalse(browser.byId("req:approve").isEnabled(), "approve is for a colleague");
        assertFalse(browser.byId("req:refuse").isEnabled(), "refuse is for a colleague");
        assertEquals("In juridische beoordeling", browser.text("#status"));
        String requestUrl = browser.driver().getCurrentUrl();
        browser.logout();

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.driver().get(requestUrl);
        browser.byId("req:reason").sendKeys("Vordering voldoet aan art. 126nc Sv");
        browser.byId("req:approve").click();
        browser.waitForText("Verzoek toegewezen.");
        // Who decided and why, told apart by a colon.
        assertEquals("Ruud Smit: Vordering voldoet aan art. 126nc Sv", browser.text("#decided-by"));
        // P9, P13: the order forbids nothing, so the reviewer decides the customer may see it.
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='NONE']"))
                .click();
        browser.byId("req:secrecy").click();
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        // Decided: the page no longer asks for the decision, it offers to change it.
        assertEquals("Geheimhouding wijzigen", browser.text("#secrecy-heading"));
        assertFalse(browser.text("#secrecy-hint").contains("ziet de klant niets"), browser.text("#secrecy-hint"));
        browser.byId("req:handOver").sendKeys("Naam en adres per beveiligde e-mail aan de rechercheur, 26-11");
        browser.byId("req:recordHandOver").click();
        browser.waitForText("Verstrekking vastgelegd.");
        // What was handed over, with when in brackets after it.
        String handedOver = browser.text("#handed-over");
        assertTrue(
                handedOver.matches("Naam en adres per beveiligde e-mail aan de rechercheur, 26-11"
                        + " \\(\\d{1,2} \\p{L}+\\.? \\d{4} \\d{2}:\\d{2}\\)"),
                handedOver);
        browser.byId("req:close").click();
        browser.waitForText("Verzoek afgesloten.");
        // Closed: nothing is a next step any more; what is left is the secrecy.
        assertFalse(browser.text("[id='req:actions']").contains("Volgende stap"), browser.text("[id='req:actions']"));
        String history = browser.text("[id='req:history']");
        assertTrue(
                history.contains("Eva Visser") && history.contains("Ruud Smit") && history.contains("Verstrekt"),
                history);
        assertFalse(
                history.contains("eva.visser") || history.contains("ruud.smit"), "names, not user names: " + history);
        browser.screenshot("staff-register-request");

        browser.open("/staff/register.xhtml");
        browser.byId("register:verify").click();
        browser.waitForText("De keten is intact");
        browser.screenshot("staff-register-verified");

        PortalHttp staff = new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026");
        HttpResponse<String> document = staff.get(download.substring(download.indexOf("/staff/")));
        assertEquals(200, document.statusCode());
        assertEquals(sha, document.headers().firstValue("X-Content-SHA256").orElse(""));
        assertTrue(document.body().contains(number));
        HttpResponse<String> verify = staff.get("/api/staff/register/verify");
        assertEquals(200, verify.statusCode());
        assertTrue(verify.body().contains("\"intact\":true"), verify.body());
        assertEquals(
                403,
                new PortalHttp(base)
                        .login("jan.jansen", "Welkom-Jan-2026")
                        .get("/api/staff/register/verify")
                        .statusCode(),
                "customers never reach the register");

        browser.logout();
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/disclosures.xhtml");
        assertTrue(browser.text("#disclosures").contains("Politie Eenheid Oost-Brabant"), "P9: the customer sees it");
    }

    @Test
    void p13_duringSecrecyTheCustomerSeesNothing() {
        browser.login("eva.visser", "Welkom-Eva-2026");
        String number = registerRequest("Politie Eenheid Noord-Holland", "PV101305", "2099-12-31");
        browser.open("/staff/register.xhtml");
        assertTrue(browser.text("[id='register:rows']").contains(number));
        browser.driver().findElement(By.linkText(number)).click();
        String requestUrl = browser.driver().getCurrentUrl();
        browser.logout();

        // The reviewer confirms the order's secrecy period, as it was entered.
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.driver().get(requestUrl);
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='UNTIL']"))
                .click();
        browser.byId("req:secrecy").click();
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        assertTrue(browser.text("#secrecy-state").contains("31"), browser.text("#secrecy-state"));
        browser.logout();

        browser.login("sanne.dejong", "Welkom-Sanne-2026");
        browser.open("/customer/disclosures.xhtml");
        assertFalse(browser.pageText().contains("Noord-Holland"));
        PortalHttp customer = new PortalHttp(base).login("sanne.dejong", "Welkom-Sanne-2026");
        assertFalse(customer.get("/api/me").body().contains("Noord-Holland"));
    }

    @Test
    void registerFiltersAndUnknownIds() {
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.open("/staff/register.xhtml");
        // Newest first, and on a phone the sort box says so.
        assertEquals("Ontvangen Aflopend", browser.sortBoxChoice());
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.open("/staff/register.xhtml");
        // Oldest first, by clicking the column's name.
        browser.sortBy("register:rows", "Ontvangen", "ascending");
        assertEquals("Register van verstrekkingen", browser.text("#page-title"));
        assertTrue(browser.text("[id='register:rows']").contains("REG-2026-"), browser.text("[id='register:rows']"));
        browser.byId("register:text").sendKeys("Openbaar Ministerie");
        browser.byId("register:search").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !browser.text("[id='register:rows']").contains("REG-2026-0007"));
        assertTrue(browser.text("[id='register:rows']").contains("REG-2026-0011"));
        browser.open("/staff/register-request.xhtml?id=999999");
        assertEquals("Niet gevonden", browser.text("#page-title"));
    }
}
