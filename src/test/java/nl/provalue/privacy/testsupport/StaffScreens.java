package nl.provalue.privacy.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What staff do on their screens again and again in the tests, done as a person would. */
public final class StaffScreens {

    private StaffScreens() {}

    /** Picks a value in a PrimeFaces select through the widget's own API, as its list would after a click. */
    public static void choose(Browser browser, String selectId, String value) {
        browser.byId(selectId);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                        "widget_" + selectId.replace(':', '_'),
                        value);
    }

    /** Opens Pieter Bakker (PV100912) on the privacy desk for a customer's question, with the reason given. */
    public static void openPieter(Browser browser, String reason) {
        openCustomer(browser, "bakkerijbakker", "PV100912", reason);
    }

    /** Finds a customer on the privacy desk and opens their data for a customer's question, with the reason given. */
    public static void openCustomer(Browser browser, String query, String number, String reason) {
        browser.find("#nav-customers").click();
        assertEquals("Privacybalie: een klant zoeken", browser.text("#page-title"));
        browser.byId("find:query").sendKeys(query);
        browser.byId("find:search").click();
        browser.waitForText(number);
        WebElement row = browser.driver()
                .findElement(By.xpath("//tr[td[contains(@class,'result-number') and text()='" + number + "']]"));
        row.findElement(By.cssSelector("button.choose-customer")).click();
        browser.waitForText("Waarom opent u de gegevens van " + number);
        browser.driver()
                .findElement(By.cssSelector("input[type=radio][value='CUSTOMER_QUESTION']"))
                .click();
        browser.byId("find:reason").sendKeys(reason);
        browser.byId("find:open").click();
        browser.waitForText("Klant " + number);
    }

    /** A request for the register, as the new-request form asks for it. */
    public record NewRequest(
            String type, String legalBasis, String authority, String customer, String scope, String secrecyUntil) {}

    /**
     * Registers a request as the signed-in staff member (a police request of the given type) and
     * returns its register number.
     */
    public static String registerRequest(Browser browser, NewRequest request) {
        fillRequest(browser, request);
        return saveRequest(browser);
    }

    /** Fills in the form of a new request, without saving it. */
    public static void fillRequest(Browser browser, NewRequest request) {
        browser.open("/staff/register-new.xhtml");
        choose(browser, "new:type", request.type());
        choose(browser, "new:authorityType", "POLICE");
        browser.byId("new:authorityName").sendKeys(request.authority());
        choose(browser, "new:legalBasis", request.legalBasis());
        browser.byId("new:reference").sendKeys("PL-" + System.nanoTime());
        browser.byId("new:customers").sendKeys(request.customer());
        browser.byId("new:scope").sendKeys(request.scope());
        if (request.secrecyUntil() != null) {
            // Typed, then the calendar that opened is closed again so it covers no button.
            browser.byId("new:secrecy_input").sendKeys(request.secrecyUntil(), Keys.ESCAPE);
            browser.find("#page-title").click();
        }
    }

    /** Saves the filled-in form; the register number given. */
    public static String saveRequest(Browser browser) {
        browser.byId("new:save").click();
        browser.waitForText("is geregistreerd");
        String message = browser.pageText();
        int at = message.indexOf("Verzoek REG-");
        return message.substring(at + "Verzoek ".length(), message.indexOf(' ', at + "Verzoek ".length()));
    }
}
