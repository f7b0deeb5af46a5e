package nl.provalue.privacy.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import nl.provalue.privacy.domain.disclosure.HalfYear;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.junit.jupiter.api.Test;

/** P11: the transparency report: staff preview and publication, the public page without login, the CSV. */
class TransparencyBrowserIT extends BrowserTestBase {

    @Test
    void p11_publicReportWithBandsChartAndCsv_withoutLogin() {
        String period = HalfYear.of(LocalDate.now()).previous().toString();
        browser.open("/public/transparency.xhtml");
        assertEquals("Transparantieverslag", browser.text("#page-title"), "no login needed");
        String report = browser.text(".report");
        // The half year as people say it, not the code of the CSV and the address.
        assertTrue(report.startsWith(inDutch(HalfYear.parse(period))), report);
        assertFalse(report.contains(period), report);
        assertTrue(report.contains("1-9"), "small counts banded");
        // The note under the report says how the chart draws a band, as it does.
        assertTrue(browser.pageText().contains("als een balk van 1 tot 9"), browser.pageText());
        assertFalse(browser.all(".report canvas").isEmpty(), "chart drawn");
        // A band is drawn over the whole band (1 to 9), not as a bar at its middle that reads as 5.
        Object police = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("const c = Chart.getChart(document.querySelector('.report canvas'));"
                        + " return c.data.datasets[0].data[c.data.labels.indexOf('Politie')];");
        assertEquals(java.util.List.of(1L, 9L), police);
        browser.screenshot("public-transparency");

        // On a phone every authority is named beside its bar, on lines that fit: none left out to
        // make room, none cut off at the screen's edge, none written over another.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            browser.open("/public/transparency.xhtml");
            Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("const c = Chart.getChart(document.querySelector('.report canvas'));"
                            + " const y = c.scales.y;"
                            + " return [y.ticks.length, c.data.labels.length,"
                            + " y.left >= 0 && y._labelSizes.widest.width <= y.width,"
                            + " y.height / c.data.labels.length >= y._labelSizes.highest.height];");
            // Named, within the screen, and not written over each other.
            assertEquals(java.util.List.of(7L, 7L, true, true), drawn);
            browser.screenshot("phone-public-transparency-chart");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }

        HttpResponse<String> csv = new PortalHttp(base).get("/public/transparency.csv?period=" + period);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("period,category,item,requests"));
        assertTrue(csv.body().contains(period + ",authority,POLICE,1-9"), csv.body());
        assertFalse(csv.body().contains("PV1"), "no customer in the report");
        assertEquals(
                404,
                new PortalHttp(base)
                        .get("/public/transparency.csv?period=1999-H1")
                        .statusCode());
    }

    private static String inDutch(HalfYear half) {
        return (half.half() == 1 ? "januari–juni " : "juli–december ") + half.year();
    }

    @Test
    void p11_staffPreviewAndPublishOnlyFinishedHalfYearsOnce() {
        browser.login("eva.visser", "Welkom-Eva-2026");
        browser.find("#nav-transparency").click();
        assertEquals("Transparantieverslag opstellen", browser.text("#page-title"));
        assertTrue(browser.text("#total").startsWith("In totaal 3 verzoeken"), browser.text("#total"));
        browser.screenshot("staff-transparency");
        browser.byId("tr:publish").click();
        browser.waitForText("al gepubliceerd en ligt vast");

        String current = HalfYear.of(LocalDate.now()).toString();
        browser.find("#period-" + current).click();
        browser.waitForText("ontvangen in " + inDutch(HalfYear.parse(current)) + ".");
        assertEquals(inDutch(HalfYear.parse(current)), browser.text("#period-" + current));
        browser.byId("tr:publish").click();
        browser.waitForText("nog niet voorbij");

        PortalHttp customer = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        assertEquals(403, customer.get("/staff/transparency.xhtml").statusCode());
    }
}
