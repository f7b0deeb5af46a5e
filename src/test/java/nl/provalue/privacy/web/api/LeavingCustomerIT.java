package nl.provalue.privacy.web.api;

import static nl.provalue.privacy.testsupport.Provisioned.assertProblem;
import static nl.provalue.privacy.testsupport.Provisioned.key;
import static nl.provalue.privacy.testsupport.Provisioned.newNumber;
import static nl.provalue.privacy.testsupport.Provisioned.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.provalue.privacy.infrastructure.mailstore.DoveadmMailStore;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.Provisioned;
import nl.provalue.privacy.testsupport.Provisioned.Key;
import nl.provalue.privacy.testsupport.StaffScreens;
import nl.provalue.privacy.testsupport.TestDovecot;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * P8, a customer leaves (issue: provisioning API, leaving customers), against MariaDB: the contract's
 * end set, moved and called off by the customer system and shown with its dates to the customer;
 * DELETE closing the login at once; the retention rule erasing what served only the service, keeping
 * what the administration needs and what goes by its own rule, and recording what went when; and,
 * seven years after the year of the end, the administration going too.
 */
class LeavingCustomerIT extends BrowserTestBase {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl"));

    private HttpResponse<String> call(Key key, String method, String path, String body, String... headers) {
        return Provisioned.call(base, key, method, path, body, headers);
    }

    private static String ending(String state, String lastDay) {
        return state.substring(0, state.length() - 1) + ",\"contractEnd\":"
                + (lastDay == null ? "null" : "\"" + lastDay + "\"") + "}";
    }

    /** A personal-data item as staff record it, with its purpose (P8). */
    private static void item(
            long customerId, String category, String label, String value, String source, String purpose) {
        Db.update(
                "INSERT INTO personal_data_item (customer_id, category, label, item_value, source, received_at, storage, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6), 'ELECTRONIC', UTC_TIMESTAMP(6))",
                customerId,
                category,
                label,
                value,
                source);
        Db.update(
                "INSERT INTO personal_data_item_purpose (item_id, purpose) VALUES ((SELECT max(id) FROM personal_data_item"
                        + " WHERE customer_id = ?), ?)",
                customerId,
                purpose);
    }

    private static long count(String sql, long customerId) {
        return Db.scalar(sql, customerId);
    }

    /** Runs the rule for customers who left as staff do: "run now" on the retention page. */
    private void runDepartureRule(long customerId, String column) {
        browser.login("ruud.smit", "Welkom-Ruud-2026");
        browser.open("/staff/retention.xhtml");
        browser.clickCentered(browser.find(".rule-DEPARTED_CUSTOMERS").findElement(By.cssSelector("button.run-now")));
        browser.waitForText("Vertrokken klanten:");
        assertEquals(
                1,
                count("SELECT count(*) FROM customer WHERE id = ? AND " + column + " IS NOT NULL", customerId),
                "the rule ran for the customer");
    }

    private void showDepartureAndTakeScreenshot(String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('departure-state').scrollIntoView({block: 'start', behavior: 'instant'})");
        browser.screenshot(name);
    }

    @Test
    void p8_aContractEndIsShownWithItsDatesThenDeleteClosesTheLoginAndTheRuleErasesWhatServedOnlyTheService() {
        String number = newNumber();
        String n = number.toLowerCase();
        try (TestDovecot dovecot = TestDovecot.start(List.of("sanne@" + n + ".nl", "info@" + n + ".nl"))) {
            dovecot.deliver("sanne@" + n + ".nl", "factuur", 3);
            dovecot.deliver("sanne@" + n + ".nl", "welkom", 0);
            dovecot.deliver("info@" + n + ".nl", "vraag", 1);
            leaves(number);
        }
    }

    private void leaves(String number) {
        Key billing = key("PROVISIONING");
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        String runs = state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", true);
        LocalDate lastDay = LocalDate.now(AMSTERDAM).plusDays(40);

        HttpResponse<String> made = call(billing, "PUT", path, ending(runs, lastDay.toString()));
        assertEquals(201, made.statusCode(), made.body());
        HttpResponse<String> read = call(billing, "GET", path, null);
        assertTrue(read.body().contains("\"contractEnd\":\"" + lastDay + "\""), read.body());
        String tag = read.headers().firstValue("ETag").orElseThrow();

        // Called off, then set again a month earlier: an end that has not come can change.
        HttpResponse<String> off = call(billing, "PUT", path, ending(runs, null), "If-Match", tag);
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(call(billing, "GET", path, null).body().contains("\"contractEnd\":null"));
        LocalDate earlier = lastDay.minusDays(10);
        HttpResponse<String> moved = call(
                billing,
                "PUT",
                path,
                ending(runs, earlier.toString()),
                "If-Match",
                off.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, moved.statusCode(), moved.body());
        assertProblem(
                400,
                "contractEnd",
                call(
                        billing,
                        "PUT",
                        path,
                        ending(runs, "31-01-2027"),
                        "If-Match",
                        moved.headers().firstValue("ETag").orElseThrow()),
                "a day written the Dutch way");

        long customerId = Db.scalar("SELECT id FROM customer WHERE customer_number = ?", number);
        Db.loginFor(customerId, "sanne." + n, "Welkom-Sanne-2026");
        item(customerId, "CORRESPONDENCE", "Brief over verhuizing", "Verhuist in maart", "EMAIL", "COMMUNICATION");
        item(customerId, "BILLING", "IBAN (machtiging)", "NL91ABNA0417164300", "WEB_FORM", "ADMINISTRATION");
        Db.update(
                "INSERT INTO paper_record (customer_id, description, location, kept_since, created_at)"
                        + " VALUES (?, 'Getekend contract', 'Archiefkast 3', CURRENT_DATE, UTC_TIMESTAMP(6))",
                customerId);
        Db.update(
                "INSERT INTO mail_log_entry (customer_id, queue_id, sender, recipient, size_bytes, sent_at, status)"
                        + " VALUES (?, ?, ?, 'klant@example.org', 2048, UTC_TIMESTAMP(6), 'sent')",
                customerId,
                "Q" + n,
                "sanne@" + n + ".nl");
        long site = Db.scalar("SELECT id FROM website WHERE customer_id = ?", customerId);
        Db.update(
                "INSERT INTO access_log_entry (website_id, requested_at, client_ip, http_method, path, status_code, response_bytes)"
                        + " VALUES (?, UTC_TIMESTAMP(6), '192.0.2.7', 'GET', '/index.html', 200, 5120)",
                site);

        // The customer sees, per kind of data, what happens and when.
        browser.login("sanne." + n, "Welkom-Sanne-2026");
        browser.open("/customer/what-we-keep.xhtml");
        String note = browser.text("#contract-end");
        assertTrue(note.contains("Uw contract eindigt na " + DUTCH_DATE.format(earlier)), note);
        String page = browser.pageText();
        assertTrue(
                page.contains("Gewist op " + DUTCH_DATE.format(earlier.plusDays(1))),
                "domains, mailboxes and websites go the next day");
        assertTrue(
                page.contains("tot en met " + DUTCH_DATE.format(LocalDate.of(earlier.getYear() + 7, 12, 31))),
                "the administration: seven years after that year");
        assertTrue(
                page.contains("uiterlijk op " + DUTCH_DATE.format(earlier.plusDays(29))),
                "the mail log: four weeks (P4)");
        assertFalse(page.contains("PARTLY_KEPT") || page.contains("departure."), "no codes on the page");
        browser.screenshot("customer-what-we-keep-contract-end");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/customer/what-we-keep.xhtml");
        assertTrue(browser.text("#contract-end").contains(DUTCH_DATE.format(earlier)), "at phone width too");
        browser.screenshot("customer-what-we-keep-contract-end-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.logout();

        DoveadmMailStore mailServer =
                new DoveadmMailStore(TestDovecot.apiUrl(), TestDovecot.apiKey(), Duration.ofSeconds(5));
        assertEquals(2, mailServer.status("sanne@" + n + ".nl").messages(), "mail waits on the mail server");

        // DELETE: the contract ends now; a session open elsewhere ends, and signing in is refused.
        PortalHttp signedIn = new PortalHttp(base).login("sanne." + n, "Welkom-Sanne-2026");
        HttpResponse<String> before = signedIn.get("/customer/");
        assertTrue(
                before.statusCode() == 200 && before.body().contains("Sanne de Boer"),
                "signed in: " + before.statusCode());
        HttpResponse<String> ended = call(billing, "DELETE", path, null, "X-Requested-With", "script");
        assertEquals(204, ended.statusCode(), ended.body());
        HttpResponse<String> after = signedIn.get("/customer/");
        assertFalse(after.body().contains("Sanne de Boer"), "the open session ended: " + after.statusCode());
        browser.attemptLogin("sanne." + n, "Welkom-Sanne-2026");
        assertTrue(browser.currentPath().contains("/login.xhtml"), "signing in is refused: " + browser.currentPath());
        assertEquals("!closed", Db.string("SELECT password_hash FROM user_account WHERE customer_id = ?", customerId));
        assertProblem(410, null, call(billing, "GET", path, null), "a customer who left is not provisioned any more");
        assertProblem(410, null, call(billing, "PUT", path, runs, "If-Match", tag), "nor put back");
        assertEquals(
                204,
                call(billing, "DELETE", path, null, "X-Requested-With", "script")
                        .statusCode(),
                "ending again changes nothing");
        HttpResponse<String> backup = call(
                key("BACKUPS"),
                "POST",
                "/api/staff/backups",
                "{\"customerNumber\":\"" + number
                        + "\",\"kind\":\"MAIL\",\"description\":\"nachtelijke back-up\",\"takenAt\":\""
                        + java.time.Instant.now().toString() + "\",\"sizeBytes\":1000}",
                "X-Requested-With",
                "script");
        assertProblem(400, null, backup, "no backup of a customer who left (P7 ends within six months of the end)");

        runDepartureRule(customerId, "erased_at");
        assertEquals(
                "", Db.string("SELECT email FROM customer WHERE id = ?", customerId), "the e-mail address is erased");
        assertEquals(0, count("SELECT count(*) FROM customer WHERE id = ? AND phone IS NOT NULL", customerId));
        assertEquals(
                "Sanne de Boer",
                Db.string("SELECT full_name FROM customer WHERE id = ?", customerId),
                "the name stays for the books");
        for (String table : new String[] {"domain_name", "mailbox", "website", "contact_change"}) {
            assertEquals(0, count("SELECT count(*) FROM " + table + " WHERE customer_id = ?", customerId), table);
        }
        assertEquals(
                0,
                count("SELECT count(*) FROM access_log_entry WHERE website_id = ?", site),
                "the access log went with the site");
        assertEquals(
                0,
                count(
                        "SELECT count(*) FROM personal_data_item WHERE customer_id = ? AND category <> 'BILLING'",
                        customerId));
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM personal_data_item WHERE customer_id = ? AND category = 'BILLING'",
                        customerId),
                "payment details stay for the books");
        assertEquals(1, count("SELECT count(*) FROM paper_record WHERE customer_id = ?", customerId));
        assertEquals(
                1,
                count("SELECT count(*) FROM mail_log_entry WHERE customer_id = ?", customerId),
                "the mail log goes by P4");
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND stage = 'END_OF_CONTRACT'"
                                + " AND category = 'WHOIS' AND removed_count = 1",
                        customerId),
                "one domain name erased, recorded");
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND category = 'ACCESS_LOG' AND removed_count = 1",
                        customerId));
        assertEquals(0, mailServer.status("sanne@" + n + ".nl").messages(), "the mail on the mail server is erased");
        assertEquals(0, mailServer.status("info@" + n + ".nl").messages());
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND category = 'MAILBOX_CONTENT'"
                                + " AND removed_count = 3",
                        customerId),
                "three messages erased, recorded");

        // Staff see the end, the dates and what was erased when.
        StaffScreens.openCustomer(browser, number, number, "Klant vraagt wat er na opzegging bewaard blijft");
        String state = browser.text("#departure-state");
        assertTrue(
                state.contains("Het contract is geëindigd na " + DUTCH_DATE.format(LocalDate.now(AMSTERDAM))), state);
        String erasures = browser.text("[id='departure-erasures']");
        assertTrue(
                erasures.contains("Einde contract")
                        && erasures.contains("WHOIS-gegevens van de domeinnamen van de klant"),
                erasures);
        String plan = browser.text("[id='departure-plan']");
        assertTrue(plan.contains("wat de klant ons verder vertelde"), plan);
        assertFalse(plan.matches("(?s).*\\b([Uu]w|u)\\b.*"), "staff read about the customer: " + plan);
        showDepartureAndTakeScreenshot("staff-customer-departure");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().navigate().refresh();
        assertTrue(browser.text("#departure-state").contains("geëindigd"), "at phone width too");
        showDepartureAndTakeScreenshot("staff-customer-departure-phone");
    }

    @Test
    void p8_sevenYearsAfterTheYearTheContractEndedTheAdministrationGoesToo() {
        String number = newNumber();
        try (TestDovecot dovecot = TestDovecot.start(List.of("sanne@" + number.toLowerCase() + ".nl"))) {
            leftLongAgo(number);
        }
    }

    private void leftLongAgo(String number) {
        Key billing = key("PROVISIONING");
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        HttpResponse<String> made = call(
                billing,
                "PUT",
                path,
                ending(state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", false), "2016-06-30"));
        assertEquals(201, made.statusCode(), made.body());
        long customerId = Db.scalar("SELECT id FROM customer WHERE customer_number = ?", number);
        Db.loginFor(customerId, "sanne." + n, "Welkom-Sanne-2026");
        item(customerId, "BILLING", "IBAN (machtiging)", "NL91ABNA0417164300", "WEB_FORM", "ADMINISTRATION");
        Db.update(
                "INSERT INTO paper_record (customer_id, description, location, kept_since, created_at)"
                        + " VALUES (?, 'Getekend contract', 'Archiefkast 3', '2014-02-01', UTC_TIMESTAMP(6))",
                customerId);
        Db.update(
                "INSERT INTO rights_request (customer_id, request_type, channel, description, received_on, deadline, extended,"
                        + " status, created_at) VALUES (?, 'ACCESS', 'EMAIL', 'Inzage', '2016-03-01', '2016-04-01', FALSE, 'DONE', UTC_TIMESTAMP(6))",
                customerId);
        assertProblem(410, null, call(billing, "GET", path, null), "a last day in the past ends the contract at once");

        runDepartureRule(customerId, "administration_erased_at");
        assertEquals("", Db.string("SELECT full_name FROM customer WHERE id = ?", customerId));
        assertEquals(
                0,
                count(
                        "SELECT count(*) FROM customer WHERE id = ? AND (street IS NOT NULL OR city IS NOT NULL)",
                        customerId));
        for (String table :
                new String[] {"personal_data_item", "paper_record", "rights_request", "user_account", "domain_name"}) {
            assertEquals(0, count("SELECT count(*) FROM " + table + " WHERE customer_id = ?", customerId), table);
        }
        assertEquals(
                number,
                Db.string("SELECT customer_number FROM customer WHERE id = ?", customerId),
                "the number stays, so the register and the record of staff access keep their meaning");
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND stage = 'END_OF_ADMINISTRATION'"
                                + " AND category = 'PAPER_RECORDS' AND removed_count = 1",
                        customerId));
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM customer_erasure WHERE customer_id = ? AND stage = 'END_OF_CONTRACT'"
                                + " AND category = 'WHOIS' AND removed_count = 1",
                        customerId),
                "both moments, each recorded");
    }
}
