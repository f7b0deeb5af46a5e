package nl.provalue.privacy.web.api;

import static nl.provalue.privacy.testsupport.Provisioned.assertProblem;
import static nl.provalue.privacy.testsupport.Provisioned.changes;
import static nl.provalue.privacy.testsupport.Provisioned.contact;
import static nl.provalue.privacy.testsupport.Provisioned.key;
import static nl.provalue.privacy.testsupport.Provisioned.newNumber;
import static nl.provalue.privacy.testsupport.Provisioned.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.provalue.privacy.testsupport.BrowserTestBase;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.Provisioned;
import nl.provalue.privacy.testsupport.Provisioned.Key;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The provider's customer system keeps a customer true in the portal (issue: provisioning API),
 * against MariaDB: put, change, put again without new change records, a version that changed in
 * between (412) or was not named (428), names of another customer (409), bad input named by its
 * path, what a key may reach, and the customer seeing the change with its source.
 */
class ProvisioningIT extends BrowserTestBase {

    private HttpResponse<String> call(Key key, String method, String path, String body, String... headers) {
        return Provisioned.call(base, key, method, path, body, headers);
    }

    @Test
    void aCustomerIsMadeChangedAndPutAgainWithoutNewRecordsAndNoSystemOverwritesAnotherUnseen() {
        Key billing = key("PROVISIONING");
        String number = newNumber();
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        String first = state(number, "sanne@" + n + ".nl", "\"POP3\"", "Basis", true);

        HttpResponse<String> made = call(billing, "PUT", path, first);
        assertEquals(201, made.statusCode(), made.body());
        String tag1 = made.headers().firstValue("ETag").orElseThrow();
        assertTrue(made.body().contains("\"created\":true"), made.body());
        assertEquals("no-store", made.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(1, Db.scalar("SELECT count(*) FROM mailbox WHERE address = ?", "info@" + n + ".nl"));
        assertEquals(0, changes(number), "a new customer has no changes of what was there before");

        HttpResponse<String> read = call(billing, "GET", path, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(tag1, read.headers().firstValue("ETag").orElseThrow(), "the version read is the version made");
        assertTrue(read.body().contains("\"hostname\":\"www." + n + ".nl\""), read.body());

        assertProblem(428, "If-Match", call(billing, "PUT", path, first), "a change without naming the version");
        assertProblem(412, "If-Match", call(billing, "PUT", path, first, "If-None-Match", "*"), "only if new");

        // The holder's e-mail address, the mailbox's protocols and the plan change; a mailbox goes.
        String second = state(number, "domeinen@" + n + ".nl", "\"IMAP\",\"WEBMAIL\"", "Plus", false);
        HttpResponse<String> changed = call(billing, "PUT", path, second, "If-Match", tag1);
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"changes\":4"), changed.body());
        String tag2 = changed.headers().firstValue("ETag").orElseThrow();
        assertFalse(tag1.equals(tag2));
        assertEquals(4, changes(number));
        assertEquals(
                4,
                Db.scalar(
                        "SELECT count(*) FROM contact_change WHERE source = 'CUSTOMER_SYSTEM' AND changed_by = ?"
                                + " AND customer_id = (SELECT id FROM customer WHERE customer_number = ?)",
                        billing.name(),
                        number));
        assertEquals(
                "domeinen@" + n + ".nl",
                Db.string(
                        "SELECT new_value FROM contact_change WHERE field = 'EMAIL'"
                                + " AND subject = ? AND subject_role = 'REGISTRANT'",
                        n + ".nl"));
        assertEquals(
                "POP3 -> IMAP, Webmail",
                Db.string(
                        "SELECT CONCAT(old_value, ' -> ', new_value) FROM contact_change"
                                + " WHERE field = 'MAILBOX_PROTOCOLS' AND subject = ?",
                        "sanne@" + n + ".nl"));
        assertEquals(
                "KEEP_UNTIL_DELETED",
                Db.string("SELECT retention_mode FROM mailbox WHERE address = ?", "sanne@" + n + ".nl"),
                "without POP3 nothing fetches mail away");
        assertEquals(0, Db.scalar("SELECT count(*) FROM mailbox WHERE address = ?", "info@" + n + ".nl"));
        assertEquals("Plus", Db.string("SELECT plan_name FROM website WHERE hostname = ?", "www." + n + ".nl"));
        assertEquals(
                2,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE action = 'CUSTOMER_PROVISIONED' AND actor_username = ?",
                        billing.name()));

        HttpResponse<String> again = call(billing, "PUT", path, second, "If-Match", tag2);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"changes\":0"), again.body());
        assertEquals(tag2, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(4, changes(number), "the same state again records nothing");
        HttpResponse<String> retried = call(billing, "PUT", path, second, "If-Match", tag1);
        assertEquals(200, retried.statusCode(), "a retry of a change already made: " + retried.body());

        // Another system changed it since tag1 was read: refused, with the version held now.
        String third = state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Pro", false);
        HttpResponse<String> stale = call(billing, "PUT", path, third, "If-Match", tag1);
        assertProblem(412, "If-Match", stale, "a stale version");
        assertEquals(tag2, stale.headers().firstValue("ETag").orElse(""), "the version held now");
        assertEquals(
                "Plus",
                Db.string("SELECT plan_name FROM website WHERE hostname = ?", "www." + n + ".nl"),
                "nothing changed");

        // A domain name of another customer: refused whole, nothing of the state changed.
        HttpResponse<String> taken = call(
                billing,
                "PUT",
                path,
                third.replace("\"name\":\"" + n + ".nl\"", "\"name\":\"jansenfotografie.nl\""),
                "If-Match",
                tag2);
        assertProblem(409, "domains", taken, "another customer's domain name");
        assertEquals(
                "Plus",
                Db.string("SELECT plan_name FROM website WHERE hostname = ?", "www." + n + ".nl"),
                "nothing changed");
        assertEquals(1, Db.scalar("SELECT count(*) FROM domain_name WHERE name = ?", n + ".nl"), "nothing removed");
        assertEquals(4, changes(number));
    }

    @Test
    void aDomainContactWithPublicationChoicesCanBeDroppedAndTheContactDetailsKeepTheirOwnDate() {
        Key billing = key("PROVISIONING");
        String number = newNumber();
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        String without = state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", false);
        String admin = "\"administrative\":{\"holderKind\":\"ORGANISATION\","
                + contact("Hostmaster", "Dam 1", "hostmaster@provalue.nl").substring(1) + ",";
        String with = without.replace("\"contacts\":{", "\"contacts\":{" + admin);
        HttpResponse<String> made = call(billing, "PUT", path, with);
        assertEquals(201, made.statusCode(), made.body());
        long contact = Db.scalar(
                "SELECT c.id FROM domain_contact c JOIN domain_name d ON d.id = c.domain_id"
                        + " WHERE d.name = ? AND c.contact_role = 'ADMINISTRATIVE'",
                n + ".nl");
        Db.update(
                "INSERT INTO whois_consent_change (domain_contact_id, consent, changed_at, changed_by)"
                        + " VALUES (?, TRUE, UTC_TIMESTAMP(6), 'sanne')",
                contact);
        HttpResponse<String> dropped = call(
                billing,
                "PUT",
                path,
                without,
                "If-Match",
                made.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, dropped.statusCode(), dropped.body());
        assertEquals(0, Db.scalar("SELECT count(*) FROM domain_contact WHERE id = ?", contact));
        assertEquals(0, Db.scalar("SELECT count(*) FROM whois_consent_change WHERE domain_contact_id = ?", contact));
        assertEquals(
                "Hostmaster",
                Db.string(
                        "SELECT old_value FROM contact_change WHERE subject = ? AND subject_role = 'ADMINISTRATIVE'"
                                + " AND field = 'FULL_NAME'",
                        n + ".nl"));
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM customer WHERE customer_number = ? AND created_at < ("
                                + "SELECT max(changed_at) FROM contact_change WHERE customer_id = customer.id)",
                        number));
        // The customer's own details did not change: they still carry the moment they came in.
        Db.loginFor(
                Db.scalar("SELECT id FROM customer WHERE customer_number = ?", number),
                "sanne." + n,
                "Welkom-Sanne-2026");
        PortalHttp customer = new PortalHttp(base).login("sanne." + n, "Welkom-Sanne-2026");
        String me =
                customer.send(HttpRequest.newBuilder(customer.uri("/api/me"))).body();
        String since = Db.string(
                "SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s') FROM customer WHERE customer_number = ?", number);
        assertTrue(me.contains("\"receivedAt\":\"" + since), since + " in " + me);
        assertTrue(me.contains("\"source\":\"CUSTOMER_SYSTEM\""), me);
        HttpResponse<String> twice = call(
                billing,
                "PUT",
                path,
                "{\"language\":\"nl\"," + without.substring(1),
                "If-Match",
                dropped.headers().firstValue("ETag").orElseThrow());
        assertProblem(400, "body", twice, "a name given twice");
    }

    @Test
    void twoSystemsPuttingTheSameVersionAtOnceCannotBothWin() throws Exception {
        Key billing = key("PROVISIONING");
        Key panel = key("PROVISIONING");
        String number = newNumber();
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        HttpResponse<String> made =
                call(billing, "PUT", path, state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", false));
        assertEquals(201, made.statusCode(), made.body());
        String tag = made.headers().firstValue("ETag").orElseThrow();
        for (int round = 0; round < 3; round++) {
            String read = call(billing, "GET", path, null)
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            String planA = "A" + round;
            String planB = "B" + round;
            java.util.concurrent.Future<HttpResponse<String>> a = two.submit(() -> call(
                    billing,
                    "PUT",
                    path,
                    state(number, "sanne@" + n + ".nl", "\"IMAP\"", planA, false),
                    "If-Match",
                    read));
            java.util.concurrent.Future<HttpResponse<String>> b = two.submit(() -> call(
                    panel,
                    "PUT",
                    path,
                    state(number, "sanne@" + n + ".nl", "\"IMAP\"", planB, false),
                    "If-Match",
                    read));
            List<Integer> statuses = new java.util.ArrayList<>(
                    List.of(a.get().statusCode(), b.get().statusCode()));
            two.shutdown();
            java.util.Collections.sort(statuses);
            assertEquals(
                    List.of(200, 412),
                    statuses,
                    "one wins, the other is told: " + a.get().body() + " / "
                            + b.get().body());
            String winner = a.get().statusCode() == 200 ? planA : planB;
            assertEquals(winner, Db.string("SELECT plan_name FROM website WHERE hostname = ?", "www." + n + ".nl"));
        }
        assertFalse(tag.isEmpty());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAKeyReachesOnlyItsScope() {
        Key billing = key("PROVISIONING");
        Key backups = key("BACKUPS");
        String number = newNumber();
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        String good = state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", false);

        assertProblem(
                400,
                "domains[0].contacts.registrant.email",
                call(
                        billing,
                        "PUT",
                        path,
                        good.replace(
                                "\"email\":\"sanne@" + n + ".nl\"}}}",
                                "\"email\":\"" + "x".repeat(300) + "@example.nl\"}}}")),
                "an over-long e-mail address of the holder");
        assertProblem(
                400,
                "contact.phone",
                call(
                        billing,
                        "PUT",
                        path,
                        good.replaceFirst("\"phone\":\"\\+31 30 123 4567\"", "\"phone\":\"bel maar\"")),
                "a phone number that is none");
        assertProblem(
                400,
                "websites[0].trafficLimitBytes",
                call(billing, "PUT", path, good.replace("10737418240", "0")),
                "a traffic limit of nothing");
        assertProblem(
                400,
                "contact.colour",
                call(billing, "PUT", path, good.replaceFirst("\"fullName\"", "\"colour\":\"blue\",\"fullName\"")),
                "an unknown field");
        assertProblem(
                400,
                "number",
                call(billing, "PUT", "/api/v1/provisioning/customers/123", good),
                "not a customer number");
        assertProblem(400, "If-Match", call(billing, "PUT", path, good, "If-Match", "abc"), "not an entity tag");
        assertProblem(403, null, call(billing, "PUT", path, null, "Content-Type", "text/plain"), "not JSON");
        assertProblem(
                415,
                null,
                call(billing, "PUT", path, null, "Content-Type", "text/plain", "X-Requested-With", "billing"),
                "not JSON, from a script");
        assertEquals(0, Db.scalar("SELECT count(*) FROM customer WHERE customer_number = ?", number), "nothing made");
        assertProblem(404, null, call(billing, "GET", path, null), "no such customer yet");

        assertProblem(403, null, call(backups, "PUT", path, good), "a backups key cannot provision");
        assertProblem(
                403,
                null,
                call(backups, "GET", "/api/v1/provisioning/customers/PV100231", null),
                "nor read a customer");
        for (String other : List.of("/api/staff/backups", "/api/me", "/api/staff/import")) {
            assertProblem(403, null, call(billing, "GET", other, null), "the customer system's key reaches " + other);
        }
        assertProblem(
                400,
                null,
                call(billing, "GET", path + "?access_token=" + billing.secret(), null),
                "a key in the address");
        Db.update(
                "UPDATE api_token SET revoked_at = UTC_TIMESTAMP(6), revoked_by_id = created_by_id WHERE name = ?",
                billing.name());
        assertProblem(401, null, call(billing, "PUT", path, good), "a revoked key");
        assertEquals(0, Db.scalar("SELECT count(*) FROM customer WHERE customer_number = ?", number), "nothing made");
    }

    @Test
    void aBulkLoadStoresTheGoodLinesAndReportsEachBadOneByItsNumber() {
        Key billing = key("PROVISIONING");
        String a = newNumber();
        String b = newNumber();
        String c = newNumber();
        String lineA = state(a, "sanne@" + a.toLowerCase() + ".nl", "\"IMAP\"", "Basis", true);
        String body = "{\"customerNumber\":\"" + a + "\"," + lineA.substring(1) + "\n"
                + "{\"customerNumber\":\"" + b + "\","
                + state(b, "x@" + b.toLowerCase() + ".nl", "\"POP3\"", "Basis", false)
                        .substring(1) + "\n"
                + "dit is geen JSON\n"
                + "\n"
                + "{\"customerNumber\":\"" + c + "\","
                + state(c, "niet-een-adres", "\"IMAP\"", "Basis", false).substring(1) + "\n"
                + "{\"customerNumber\":\"" + c + "\","
                + state(c, "ok@" + c.toLowerCase() + ".nl", "\"IMAP\"", "Basis", false)
                        .substring(1)
                        .replace("\"name\":\"" + c.toLowerCase() + ".nl\"", "\"name\":\"" + a.toLowerCase() + ".nl\"")
                + "\r\n"
                + "{\"customerNumber\":\"" + a + "\"," + lineA.substring(1) + "\n";
        HttpResponse<String> r = call(
                billing,
                "POST",
                "/api/v1/provisioning/customers",
                null,
                "Content-Type",
                "application/x-ndjson",
                "X-Requested-With",
                "klantsysteem");
        assertTrue(
                r.statusCode() == 200 && r.body().startsWith("{\"lines\":0,\"created\":0,"),
                "an empty load: " + r.body());
        PortalHttp http = new PortalHttp(base);
        r = http.send(HttpRequest.newBuilder(http.uri("/api/v1/provisioning/customers"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + billing.secret())
                .header("Content-Type", "application/x-ndjson")
                .header("X-Requested-With", "klantsysteem")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        String report = r.body();
        assertTrue(report.startsWith("{\"lines\":6,\"created\":2,\"unchanged\":0,\"refused\":4,"), report);
        assertTrue(report.contains("{\"line\":3,\"status\":400,\"field\":\"line\",\"detail\":\"not JSON\"}"), report);
        assertTrue(
                report.contains("{\"line\":5,\"status\":400,\"customerNumber\":\"" + c
                        + "\",\"field\":\"domains[0].contacts.registrant.email\""),
                report);
        assertTrue(
                report.contains("{\"line\":6,\"status\":409,\"customerNumber\":\"" + c + "\",\"field\":\"domains\""),
                report);
        assertTrue(
                report.contains(
                        "{\"line\":7,\"status\":409,\"customerNumber\":\"" + a + "\",\"field\":\"customerNumber\""),
                "the same number twice in one load: " + report);
        assertEquals(
                2,
                Db.scalar(
                        "SELECT count(*) FROM customer WHERE customer_number IN (?, ?, ?) AND contact_source = 'CUSTOMER_SYSTEM'",
                        a,
                        b,
                        c));
        assertEquals(
                2,
                Db.scalar(
                        "SELECT count(*) FROM mailbox WHERE customer_id = (SELECT id FROM customer WHERE customer_number = ?)",
                        a));

        // Loaded again: what is here with the same state is left as it is.
        r = http.send(HttpRequest.newBuilder(http.uri("/api/v1/provisioning/customers"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + billing.secret())
                .header("Content-Type", "application/x-ndjson")
                .header("X-Requested-With", "klantsysteem")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customerNumber\":\"" + a + "\"," + lineA.substring(1) + "\n")));
        assertTrue(r.body().startsWith("{\"lines\":1,\"created\":0,\"unchanged\":1,\"refused\":0,"), r.body());
        assertEquals(0, changes(a));
    }

    @Test
    void theCustomerSeesWhatTheCustomerSystemChangedWithItsSource() {
        Key billing = key("PROVISIONING");
        String number = newNumber();
        String n = number.toLowerCase();
        String path = "/api/v1/provisioning/customers/" + number;
        HttpResponse<String> made =
                call(billing, "PUT", path, state(number, "sanne@" + n + ".nl", "\"IMAP\"", "Basis", false));
        assertEquals(201, made.statusCode(), made.body());
        long customerId = Db.scalar("SELECT id FROM customer WHERE customer_number = ?", number);
        Db.loginFor(customerId, "sanne." + n, "Welkom-Sanne-2026");
        HttpResponse<String> changed = call(
                billing,
                "PUT",
                path,
                state(number, "domeinen@" + n + ".nl", "\"IMAP\"", "Basis", false)
                        .replaceFirst("Domstraat 8", "Oudegracht 12"),
                "If-Match",
                made.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());

        browser.login("sanne." + n, "Welkom-Sanne-2026");
        browser.open("/customer/my-data.xhtml");
        assertTrue(browser.pageText().contains("Oudegracht 12"), "the new street is shown");
        assertTrue(browser.text("#contact .hint").startsWith("Bron: Ons klantsysteem"), browser.text("#contact .hint"));
        WebElement street = browser.driver()
                .findElement(
                        By.xpath(
                                "//*[@id='corrections-form:corrections']//tr[td[contains(., 'Straat') and not(contains(., 'houder'))]]"));
        assertTrue(
                street.getText().contains("Domstraat 8") && street.getText().contains("Oudegracht 12"),
                street.getText());
        assertTrue(street.getText().contains("Ons klantsysteem"), "the source: " + street.getText());
        WebElement holder = browser.driver()
                .findElement(By.xpath(
                        "//*[@id='corrections-form:corrections']//tr[td[contains(., 'houder van " + n + ".nl')]]"));
        assertTrue(holder.getText().contains("domeinen@" + n + ".nl"), holder.getText());
        browser.screenshot("customer-change-from-customer-system");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/customer/my-data.xhtml");
        assertTrue(browser.pageText().contains("Ons klantsysteem"), "at phone width too");
        browser.screenshot("customer-change-from-customer-system-phone");
    }
}
