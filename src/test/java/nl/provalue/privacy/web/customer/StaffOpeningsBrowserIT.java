package nl.provalue.privacy.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.StaffScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * P12: "who looked at my data". A staff member opens a customer with a reason and views several
 * pages; the customer sees that opening once, with its purpose as a label in their language, the
 * staff member's own words, name and the day, while every view stays recorded.
 */
class StaffOpeningsBrowserIT extends BrowserTestBase {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private List<String> rowsWith(String text) {
        return browser.all("[id='staff-views-form:staff-views'] tbody tr").stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(text))
                .toList();
    }

    @Test
    void p12_oneOpeningWithFourPageViewsIsOneRow_withTheTranslatedPurposeAndTheStaffMembersWords() {
        String words = "Klant belt over de factuur van oktober " + System.nanoTime();
        long pieter = Db.scalar("SELECT id FROM customer WHERE customer_number = 'PV100912'");
        long letter = Db.scalar(
                "SELECT id FROM rights_request WHERE customer_id = ? AND request_type = 'RECTIFICATION'"
                        + " ORDER BY id LIMIT 1",
                pieter);
        browser.login("lotte.mulder", "Welkom-Lotte-2026");
        StaffScreens.openPieter(browser, words);
        String customerPage = browser.driver().getCurrentUrl();
        for (int view = 1; view < 4; view++) {
            browser.driver().get(customerPage);
            browser.waitForText("Klant PV100912");
        }
        // Handling Pieter's letter: the same request read four times is one opening too.
        for (int view = 0; view < 4; view++) {
            browser.open("/staff/rights-request.xhtml?id=" + letter);
            browser.waitForText("PV100912");
        }
        browser.logout();

        assertEquals(
                5,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA'"
                                + " AND customer_id = ? AND reason = ?",
                        pieter,
                        words),
                "the opening and each of the four page views are recorded");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(DISTINCT opening_id) FROM audit_event WHERE customer_id = ? AND reason = ?",
                        pieter,
                        words));
        assertEquals(
                "CUSTOMER_QUESTION",
                Db.string("SELECT DISTINCT purpose_code FROM audit_event WHERE reason = ?", words));

        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        browser.open("/customer/disclosures.xhtml");
        List<String> rows = rowsWith(words);
        assertEquals(1, rows.size(), "one row per opening: " + rows);
        String row = rows.get(0);
        LocalDate today = LocalDate.now(AMSTERDAM);
        assertTrue(row.contains("Vraag van u") && row.contains("Lotte Mulder"), row);
        assertTrue(
                row.contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.forLanguageTag("nl"))
                        .format(today)),
                "a Dutch date: " + row);
        List<String> handling = rowsWith("Uw verzoek (correctie) afhandelen").stream()
                .filter(r -> r.contains("Lotte Mulder"))
                .toList();
        assertEquals(1, handling.size(), "four reads of the letter, one row: " + handling);
        String table = browser.text("[id='staff-views-form:staff-views']");
        for (String english : List.of(
                "customer question",
                "being handled",
                "rights request",
                "CUSTOMER_QUESTION",
                "RECTIFICATION",
                "opened on the privacy desk")) {
            assertFalse(table.contains(english), "no English or codes on the Dutch page: " + english);
        }
        browser.screenshot("customer-staff-openings-nl");

        browser.find("#language-switch").click();
        browser.waitForText("Access by staff");
        rows = rowsWith(words);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Your question") && rows.get(0).contains("Lotte Mulder"), rows.get(0));
        assertTrue(
                rows.get(0)
                        .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.forLanguageTag("en"))
                                .format(today)),
                "an English date: " + rows.get(0));
        assertEquals(
                1,
                rowsWith("Handling your request (rectification)").stream()
                        .filter(r -> r.contains("Lotte Mulder"))
                        .count());
        browser.screenshot("customer-staff-openings-en");
        browser.find("#language-switch").click();
    }
}
