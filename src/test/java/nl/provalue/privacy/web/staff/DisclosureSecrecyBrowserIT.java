package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * P9, P11, P13: no tip-off. A request the police or a court sends about a customer stays out of
 * the customer's sight (screen at desktop and phone width, API, export) until a second staff member
 * has decided on secrecy; "no secrecy" shows it at once, secrecy keeps it hidden through its last day.
 */
class DisclosureSecrecyBrowserIT extends BrowserTestBase {

    /** Registers a request about Jan Jansen as the signed-in staff member; returns its register number. */
    private String register(String authority, String secrecyUntil) {
        return register(authority, secrecyUntil, null);
    }

    /** The same, received on the given day ({@code null}: today, as the form starts). */
    private String register(String authority, String secrecyUntil, LocalDate receivedOn) {
        browser.open("/staff/register-new.xhtml");
        assertTrue(
                browser.text("#hidden-until-decided").contains("ziet de klant dit verzoek niet"),
                "the form says plainly that the customer sees nothing until the decision");
        StaffScreens.fillRequest(
                browser,
                new StaffScreens.NewRequest(
                        "TRAFFIC_DATA",
                        "SV_TRAFFIC_DATA",
                        authority,
                        CUSTOMER,
                        "Verkeersgegevens van een mailbox",
                        secrecyUntil));
        if (receivedOn != null) {
            browser.setValue("new:received_input", receivedOn.toString());
        }
        return StaffScreens.saveRequest(browser);
    }

    private static final String CUSTOMER = "PV100231";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private void openRequest(String number) {
        long id = Db.scalar("SELECT id FROM disclosure_request WHERE register_number = ?", number);
        browser.open("/staff/register-request.xhtml?id=" + id);
        browser.waitForText(number);
    }

    /** The reviewer's decision: {@code until} null is "no secrecy". */
    private void decideSecrecy(String until) {
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='" + (until == null ? "NONE" : "UNTIL") + "']"))
                .click();
        if (until != null) {
            browser.setValue("req:secrecyUntil_input", until);
        }
        browser.byId("req:secrecy").click();
    }

    /** Whether the customer finds the request: on the page at desktop and phone width, in the API and the export. */
    private boolean customerSees(String number, String authority, String shot) throws IOException {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/disclosures.xhtml");
        boolean desktop = browser.text("#disclosures").contains(authority);
        browser.screenshot(shot + "-desktop");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/customer/disclosures.xhtml");
        boolean phone = browser.text("#disclosures").contains(authority);
        browser.screenshot(shot + "-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.logout();

        PortalHttp api = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        HttpResponse<String> me = api.get("/api/me");
        assertEquals(200, me.statusCode());
        String export = exported(api);
        boolean inApi = me.body().contains(number) || me.body().contains(authority);
        boolean inExport = export.contains(number);
        assertEquals(desktop, phone, "desktop and phone agree");
        assertEquals(desktop, inExport, "screen and export agree");
        assertFalse(inApi && !desktop, "the API shows nothing the screen hides");
        return desktop;
    }

    private static String exported(PortalHttp http) throws IOException {
        HttpResponse<InputStream> zip = http.stream("/api/me/export");
        assertEquals(200, zip.statusCode());
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                all.append(e.getName())
                        .append('\n')
                        .append(bytes.toString(StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void p9_p13_aNewRequestIsHiddenUntilTheReviewerDecides_noSecrecyShowsIt() throws IOException {
        String authority = "Politie Eenheid Zeeland-West-Brabant " + System.nanoTime();
        browser.login("eva.visser", "Welkom-Eva-2026");
        String number = register(authority, null);
        openRequest(number);
        assertTrue(
                browser.text("#secrecy-state").contains("Nog geen besluit: de klant ziet dit verzoek niet."),
                browser.text("#secrecy-state"));
        browser.screenshot("staff-register-secrecy-pending");
        decideSecrecy(null);
        browser.waitForText("Een besluit moet door een andere medewerker worden genomen");
        browser.logout();

        assertFalse(customerSees(number, authority, "customer-disclosure-pending"), "no tip-off before the decision");

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        openRequest(number);
        decideSecrecy(null);
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        assertTrue(browser.text("#secrecy-state").contains("Geen geheimhouding: de klant ziet dit verzoek."));
        assertTrue(browser.text("[id='req:history']").contains("Besluit over geheimhouding"), "a register event");
        browser.screenshot("staff-register-secrecy-none");
        browser.logout();

        assertTrue(customerSees(number, authority, "customer-disclosure-shown"), "P9: decided without secrecy, shown");
        HttpResponse<String> verify =
                new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026").get("/api/staff/register/verify");
        assertTrue(verify.body().contains("\"intact\":true"), verify.body());
    }

    @Test
    void p13_withSecrecyTheRequestStaysHiddenThroughItsLastDay() throws IOException {
        LocalDate today = LocalDate.now(AMSTERDAM);
        String authority = "Openbaar Ministerie Zwolle " + System.nanoTime();
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        String number = register(authority, today.toString(), today.minusDays(3));
        browser.logout();

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        openRequest(number);
        assertTrue(
                browser.text("#secrecy-state").contains("Volgens het bevel geheim tot en met"),
                browser.text("#secrecy-state"));
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='UNTIL']"))
                .click();
        browser.setValue("req:secrecyUntil_input", "");
        browser.byId("req:secrecy").click();
        browser.waitForText("Vul de laatste dag van de geheimhouding in.");
        // A year typed wrong: secrecy that ended before the order arrived is refused, not taken as "no secrecy".
        decideSecrecy(today.minusYears(6).toString());
        browser.waitForText("De geheimhouding kan niet eindigen voor de datum van ontvangst van het verzoek.");
        decideSecrecy(today.toString());
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        assertTrue(browser.text("#secrecy-state").contains("Geheim; de klant ziet dit verzoek niet tot en met"));
        browser.screenshot("staff-register-secrecy-until");
        browser.logout();

        assertFalse(
                customerSees(number, authority, "customer-disclosure-secret"), "the last secret day is still secret");

        // The order's secrecy ended yesterday after all: the day after its last day the customer sees it.
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        openRequest(number);
        decideSecrecy(today.minusDays(1).toString());
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        browser.logout();
        assertTrue(customerSees(number, authority, "customer-disclosure-after-secrecy"));
        assertEquals(
                2,
                Db.scalar(
                        "SELECT count(*) FROM register_event e JOIN disclosure_request d ON d.id = e.request_id"
                                + " WHERE d.register_number = ? AND e.event_type = 'SECRECY_DECIDED'",
                        number));
    }
}
