package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** P10: what the world sees of a customer's domains, the consent switch, the public RDAP service and the rules staff keep. */
class DomainsBrowserIT extends BrowserTestBase {

    private WebElement domainPanel(String domain) {
        return browser.driver()
                .findElement(By.xpath(
                        "//div[contains(@class,'domain')][.//span[contains(@class,'ui-panel-title') and text()='"
                                + domain + "']]"));
    }

    private String fieldState(String domain, String field) {
        return domainPanel(domain)
                .findElements(By.xpath(
                        ".//table[contains(@class,'ui-datatable') or ancestor::div[contains(@class,'exposure')]]//tr[td[1][text()='"
                                + field + "']]"))
                .get(0)
                .getText();
    }

    private JsonObject rdap(String domain) {
        HttpResponse<String> r = new PortalHttp(base).get("/rdap/domain/" + domain);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "application/rdap+json",
                r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void p10_consentPublishesTheBusinessAddressAtOnceAndWithdrawalRedactsIt() {
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.find("#nav-domains").click();
        assertEquals("Domeinnamen en WHOIS", browser.text("#page-title"));
        assertTrue(
                fieldState("bakkerijbakker.nl", "Straat").contains("Afgeschermd"),
                fieldState("bakkerijbakker.nl", "Straat"));
        assertTrue(fieldState("bakkerijbakker.nl", "Organisatie").contains("Openbaar"));
        assertFalse(rdap("bakkerijbakker.nl").toString().contains("Markt 7"));
        String rules = domainPanel("bakkerijbakker.nl")
                .findElement(By.cssSelector("p.registry"))
                .getText();
        assertTrue(rules.contains("Algemene voorwaarden van SIDN voor houders van een .nl-domeinnaam"), rules);
        assertFalse(rules.contains("General Terms"), "no English on a Dutch screen: " + rules);
        browser.screenshot("customer-domains");

        domainPanel("bakkerijbakker.nl")
                .findElement(By.cssSelector("button.consent-give"))
                .click();
        browser.waitForText("Toestemming gegeven voor bakkerijbakker.nl");
        assertTrue(fieldState("bakkerijbakker.nl", "Straat").contains("Openbaar"));
        assertTrue(domainPanel("bakkerijbakker.nl")
                .findElement(By.cssSelector("pre.whois-text"))
                .getAttribute("textContent")
                .contains("Registrant Street: Markt 7"));
        JsonObject published = rdap("bakkerijbakker.nl");
        assertTrue(published.toString().contains("Markt 7"), "the public record changed at once");
        assertFalse(published.toString().contains("Registrant Street"), "no longer listed as redacted");
        browser.screenshot("customer-domains-consent");

        domainPanel("bakkerijbakker.nl")
                .findElement(By.cssSelector("button.consent-withdraw"))
                .click();
        browser.waitForText("Toestemming ingetrokken voor bakkerijbakker.nl");
        JsonObject withdrawn = rdap("bakkerijbakker.nl");
        assertFalse(withdrawn.toString().contains("Markt 7"));
        assertTrue(withdrawn.toString().contains("Registrant Street"));
    }

    @Test
    void p10_privateRegistrantOfNlHasNothingToChoose_gTldHas() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/domains.xhtml");
        assertTrue(fieldState("jansenfotografie.nl", "Naam").contains("Het register publiceert dit nooit."));
        assertTrue(domainPanel("jansenfotografie.nl")
                .findElements(By.cssSelector("button.consent-give"))
                .isEmpty());
        assertFalse(domainPanel("janjansen.com")
                .findElements(By.cssSelector("button.consent-give"))
                .isEmpty());
        assertTrue(fieldState("janjansen.com", "Naam").contains("u gaf geen toestemming"));
        JsonObject com = rdap("janjansen.com");
        assertTrue(com.toString().contains("\"Registrant Name\""));
        assertEquals("janjansen.com", com.getString("ldhName"));
    }

    @Test
    void p10_rdapAnswersUnknownDomainsWithAnRdapError() {
        PortalHttp anonymous = new PortalHttp(base);
        HttpResponse<String> unknown = anonymous.get("/rdap/domain/nergens-geregistreerd.nl");
        assertEquals(404, unknown.statusCode());
        assertEquals(
                "application/rdap+json",
                unknown.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(
                404,
                Json.createReader(new StringReader(unknown.body())).readObject().getInt("errorCode"));
        assertEquals(
                501, anonymous.get("/rdap/nameserver/ns1.provalue.nl").statusCode(), "not offered, not a bad request");
        JsonObject nl = rdap("JansenFotografie.NL");
        assertEquals("jansenfotografie.nl", nl.getString("ldhName"));
    }

    /** The preview's RDAP answer for a domain, as the page shows it. */
    private JsonObject preview(String domain) {
        String json =
                domainPanel(domain).findElement(By.cssSelector("pre.rdap-json")).getAttribute("textContent");
        return withoutUpdateTime(Json.createReader(new StringReader(json)).readObject());
    }

    /** The one member that differs by the moment it is made: the "last update of RDAP database" event. */
    private static JsonObject withoutUpdateTime(JsonObject rdap) {
        jakarta.json.JsonArrayBuilder events = Json.createArrayBuilder();
        rdap.getJsonArray("events").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(e -> !e.getString("eventAction").equals("last update of RDAP database"))
                .forEach(events::add);
        return Json.createObjectBuilder(rdap).add("events", events).build();
    }

    private void previewEqualsPublic(String unicodeName, String path) {
        JsonObject shown = preview(unicodeName);
        HttpResponse<String> r =
                new PortalHttp(base).send(java.net.http.HttpRequest.newBuilder(new PortalHttp(base).uri(path)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                withoutUpdateTime(Json.createReader(new StringReader(r.body())).readObject()),
                shown,
                "the preview is the public answer, member by member: " + unicodeName);
    }

    @Test
    void p10_thePreviewIsThePublicAnswer_forIdnsAndInEveryConsentState() {
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.open("/customer/domains.xhtml");
        String com = "traductions-élamrani.com";
        String comPath = "/rdap/domain/xn--traductions-lamrani-mzb.com";
        String de = "elamrani-übersetzungen.de";
        assertTrue(
                domainPanel(com).getText().contains("xn--traductions-lamrani-mzb.com"), "the name as the DNS holds it");
        assertEquals(
                "0",
                domainPanel(com).findElement(By.cssSelector("pre.whois-text")).getAttribute("tabindex"),
                "a preview that scrolls can be reached by keyboard");
        // No choice: DENIC publishes nothing.
        assertTrue(domainPanel(de)
                .findElements(By.cssSelector("button.consent-give"))
                .isEmpty());
        previewEqualsPublic(de, "/rdap/domain/xn--elamrani-bersetzungen-hic.de");
        // Without consent, then with it, then without again.
        previewEqualsPublic(com, comPath);
        assertFalse(preview(com).toString().contains("Fatima El Amrani"));
        domainPanel(com).findElement(By.cssSelector("button.consent-give")).click();
        browser.waitForText("Toestemming gegeven voor traductions-élamrani.com;");
        previewEqualsPublic(com, comPath);
        assertTrue(preview(com).toString().contains("Fatima El Amrani"));
        browser.screenshot("customer-domains-idn");
        domainPanel(com).findElement(By.cssSelector("button.consent-withdraw")).click();
        browser.waitForText("Toestemming ingetrokken voor");
        previewEqualsPublic(com, comPath);
        assertFalse(preview(com).toString().contains("Fatima El Amrani"));

        // The provider's own technical contact is not "your missing consent".
        String tech = domainPanel(com).getText();
        assertTrue(tech.contains("Provalue publiceert deze gegevens niet"), tech);
        // A holder's address that is public as the administrative contact's is not called hidden.
        String nl = domainPanel("elamrani-vertalingen.nl")
                .findElements(By.xpath(".//table//tr[td[1][text()='E-mail']]"))
                .get(0)
                .getText();
        assertTrue(nl.contains("Toch openbaar") && nl.contains("administratieve contactpersoon"), nl);
    }

    @Test
    void p10_staffMaintainTheRules_customersCannot() {
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        browser.open("/staff/tld-rules.xhtml");
        assertEquals("Geen toegang", browser.text("#page-title"));
        browser.logout();

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.find("#nav-tld-rules").click();
        assertEquals("WHOIS-publicatieregels per register", browser.text("#page-title"));
        assertTrue(browser.text("[id='policies']").contains("DENIC"));
        browser.screenshot("staff-tld-rules");
        // In each row the rule's current choice stands out from the two others.
        WebElement row = browser.driver().findElement(By.cssSelector("[id='rules:table'] tbody tr"));
        WebElement current = row.findElement(By.cssSelector("button.current"));
        java.util.List<WebElement> others = row.findElements(By.cssSelector("button.ui-button-outlined"));
        assertEquals(2, others.size());
        for (WebElement other : others) {
            assertEquals("rgba(255, 255, 255, 1)", other.getCssValue("background-color"), other.getText());
        }
        assertEquals("rgba(21, 101, 192, 1)", current.getCssValue("background-color"), current.getText());
        assertEquals("1", current.getCssValue("opacity"), current.getText());
        // Sorted by TLD from the start (and the header says so), so the .be rows come first; make
        // the first .be rule "Never" and back.
        assertEquals("TLD", browser.text("[id='rules:table'] th[aria-sort='ascending'] .ui-column-title"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("[id='rules:table'] tbody tr td"))
                        .getText()
                        .equals(".be"));
        WebElement never = browser.driver().findElement(By.cssSelector("[id='rules:table'] tbody tr button.pub-NEVER"));
        never.click();
        browser.waitForText("Regel voor .be opgeslagen: ");
        assertTrue(
                browser.pageText()
                        .matches(
                                "(?s).*Regel voor \\.be opgeslagen: (particulier|organisatie), [^,]+, [^:]+: Nooit\\..*"),
                browser.pageText());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.cssSelector("[id='rules:table'] tbody tr button.pub-NEVER"))
                        .isEnabled());
        browser.driver()
                .findElement(By.cssSelector("[id='rules:table'] tbody tr button.pub-ALWAYS"))
                .click();
        // The table is drawn anew by the answer: an element found just before may be gone.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.cssSelector("[id='rules:table'] tbody tr button.pub-ALWAYS"))
                        .isEnabled());
    }

    @Test
    void p9_p10_aRequestForRegistrationDataIsRegisteredAndTheHolderSeesIt() {
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        browser.find("#nav-registration-data").click();
        assertEquals("Verzoeken om afgeschermde registratiegegevens", browser.text("#page-title"));
        browser.byId("request:save").click();
        browser.waitForText("Vul de domeinnaam in.");
        assertTrue(browser.pageText().contains("Beschrijf het opgegeven gerechtvaardigd belang."));

        browser.byId("request:domain").sendKeys("bestaat-niet.nl");
        browser.byId("request:requester").sendKeys("Merkenbureau De Vries");
        browser.byId("request:reference").sendKeys("MDV-2026-118");
        browser.byId("request:interest").sendKeys("Vermoedelijke inbreuk op het woordmerk Jansen");
        browser.byId("request:save").click();
        browser.waitForText("Deze domeinnaam is niet bij Provalue geregistreerd.");

        WebElementClear.clear(browser.byId("request:domain")).sendKeys("janjansen.com");
        browser.byId("request:save").click();
        browser.waitForText("voor janjansen.com vastgelegd");
        assertTrue(browser.text("#list").contains("Merkenbureau De Vries"));
        browser.screenshot("staff-registration-data-requests");
        browser.logout();

        // P9: the holder sees the request once a second staff member decided it needs no secrecy.
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        long id = Db.scalar("SELECT max(id) FROM disclosure_request WHERE authority_reference = 'MDV-2026-118'");
        browser.open("/staff/register-request.xhtml?id=" + id);
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='NONE']"))
                .click();
        browser.byId("req:secrecy").click();
        browser.waitForText("Besluit over geheimhouding vastgelegd.");
        browser.logout();

        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/disclosures.xhtml");
        String disclosures = browser.text("#disclosures");
        assertTrue(
                disclosures.contains("Merkenbureau De Vries") && disclosures.contains("Registratiegegevens domeinnaam"),
                disclosures);
    }

    /** Clears an input and hands it back for typing. */
    private static final class WebElementClear {
        static WebElement clear(WebElement e) {
            e.clear();
            return e;
        }
    }
}
