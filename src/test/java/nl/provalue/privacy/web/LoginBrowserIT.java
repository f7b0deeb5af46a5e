package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** Logging in, the two home screens, the language switch and the walls between roles, in Chromium. */
class LoginBrowserIT extends BrowserTestBase {

    @Test
    void loginPageIsDutchByDefaultAndEnglishOneClickAway() {
        browser.open("/");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
        assertEquals("Inloggen", browser.text("#page-title"));
        assertTrue(browser.text("label[for=j_username]").contains("Gebruikersnaam"));
        browser.screenshot("login-nl");
        browser.find("#language-switch").click();
        assertEquals("Log in", browser.text("#page-title"));
        assertTrue(browser.text("label[for=j_username]").contains("User name"));
        browser.screenshot("login-en");
        // The choice holds across pages and after login.
        browser.login("sanne.dejong", "Welkom-Sanne-2026");
        assertEquals("My overview", browser.text("#page-title"));
    }

    @Test
    void customerLogsInAndSeesTheirOwnOverview() {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        assertEquals("/customer/", browser.currentPath());
        assertEquals("Mijn overzicht", browser.text("#page-title"));
        assertTrue(browser.text("#welcome").contains("Jan Jansen"));
        assertEquals("PV100231", browser.text("#customer-number"));
        assertEquals("Lindengracht 112, 1015 KK Amsterdam", browser.text("#customer-address"));
        assertTrue(browser.text("#tile-websites").startsWith("1"));
        assertTrue(browser.text("#tile-domains").startsWith("2"));
        // One of a kind is named in the singular, more in the plural.
        assertEquals("website", browser.text("#tile-websites .label"));
        assertEquals("domeinnamen", browser.text("#tile-domains .label"));
        assertTrue(browser.text("#maillog-note").contains("4 weken"));
        assertEquals("Jan Jansen", browser.text("#user-name"));
        // The menu says where one is, for screen readers too.
        assertEquals("page", browser.find("#nav-customer-home").getAttribute("aria-current"));
        assertEquals("false", browser.find("#nav-mail").getAttribute("aria-current"));
        // The first Tab reaches a link past the menu; following it puts the focus on the content.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.activeElement && document.activeElement.blur();");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
        org.openqa.selenium.WebElement first = browser.driver().switchTo().activeElement();
        assertEquals("skip-link", first.getAttribute("id"));
        assertTrue(first.isDisplayed() && first.getText().equals("Naar de inhoud"), "visible when focused");
        first.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("content", browser.driver().switchTo().activeElement().getAttribute("id"));
        // Plain words on the tiles, no policy codes.
        assertFalse(browser.text("#tiles").matches("(?s).*\\bP1?[0-9]\\b.*"), browser.text("#tiles"));
        assertTrue(browser.text("#tile-maillog").contains("na 4 weken gewist"), browser.text("#tile-maillog"));
        browser.screenshot("customer-home");
    }

    @Test
    void customerIsRefusedAStaffPage() {
        browser.login("fatima.elamrani", "Welkom-Fatima-2026");
        assertTrue(browser.text("#welcome").contains("Fatima El Amrani"));
        browser.open("/staff/");
        assertEquals("Geen toegang", browser.text("#page-title"));
        assertFalse(browser.pageText().contains("Medewerkersoverzicht"));
        browser.screenshot("customer-refused-staff-page");
    }

    @Test
    void staffLogsInAndSeesTheStaffHome() {
        browser.login("eva.visser", "Welkom-Eva-2026");
        assertEquals("/staff/", browser.currentPath());
        assertEquals("Medewerkersoverzicht", browser.text("#page-title"));
        assertTrue(browser.text("#welcome").contains("Eva Visser"));
        assertTrue(Long.parseLong(browser.text("#tile-customers .count")) >= 4);
        browser.screenshot("staff-home");
        browser.open("/customer/");
        assertEquals("Geen toegang", browser.text("#page-title"), "staff have no customer home of their own");
    }

    @Test
    void wrongPasswordShowsAMessageAndNoAccess() {
        browser.attemptLogin("jan.jansen", "Welkom-Jan-2025");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"));
        assertTrue(browser.text("#login-error").contains("onjuist"));
        browser.screenshot("login-failed");
        browser.open("/customer/");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "still not logged in");
    }

    @Test
    void logoutEndsTheSession() {
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        assertEquals("/customer/", browser.currentPath());
        browser.logout();
        assertTrue(browser.text("#logged-out").contains("uitgelogd"));
        browser.open("/customer/");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), browser.currentPath());
    }

    @Test
    void unknownPagesAnswer404AndHealthIsPublic() throws Exception {
        browser.login("jan.jansen", "Welkom-Jan-2026");
        browser.open("/customer/does-not-exist.xhtml");
        assertEquals("Niet gevonden", browser.text("#page-title"));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .build();
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> ready =
                http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertFalse(ready.body().contains("MariaDB"), "no database product: " + ready.body());
        assertFalse(ready.body().contains("H2"), "no database product: " + ready.body());
        assertTrue(ready.body().replace(" ", "").contains("\"loginReady\":true"), ready.body());

        HttpResponse<String> anonymous = new nl.provalue.privacy.testsupport.PortalHttp(base).get("/customer/");
        assertEquals(302, anonymous.statusCode(), "no page without login");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    /** Presses Tab until the element with this id has the focus; every stop on the way shows a focus outline. */
    private void tabTo(String id, int atMost) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        for (int i = 0; i < atMost; i++) {
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
            String focused = String.valueOf(js.executeScript("return document.activeElement.id;"));
            Object outline = js.executeScript("const s = getComputedStyle(document.activeElement);"
                    + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;");
            assertTrue(Boolean.TRUE.equals(outline), "no visible focus on #" + focused);
            if (id.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("#" + id + " not reached in " + atMost + " tabs");
    }

    @Test
    void keyboardOnly_signInAndCorrectContactDetails() {
        browser.open("/login.xhtml");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.activeElement && document.activeElement.blur();");
        tabTo("j_username", 6);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys("sanne.dejong")
                .perform();
        tabTo("j_password", 2);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys("Welkom-Sanne-2026" + org.openqa.selenium.Keys.ENTER)
                .perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/customer/"));

        browser.open("/customer/my-data.xhtml");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.activeElement && document.activeElement.blur();");
        tabTo("skip-link", 2);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .perform();
        tabTo("contact:phone", 25);
        tabTo("contact:save", 6);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .perform();
        browser.waitForText("Er was niets gewijzigd.");
    }
}
