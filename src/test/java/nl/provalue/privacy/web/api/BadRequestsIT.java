package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad requests to every API endpoint, table-driven: malformed and empty bodies, wrong types,
 * missing and empty fields, unknown values, over-long text, huge numbers, far-away dates, wrong
 * media types and odd path values. None may answer 5xx or show Java or SQL text, every refusal is
 * RFC 9457 problem details, and none may store anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadRequestsIT {

    private static final String LONG = "x".repeat(2_001);
    private static final String MEGABYTE = "y".repeat(1_000_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    /** One bad request: what it is, method, path, content type and body. */
    private record Bad(String what, String method, String path, String type, String body) {}

    @Test
    void badRequestsGetClearAnswersAndChangeNothing() {
        PortalHttp customer = new PortalHttp(base).login("sanne.dejong", "Welkom-Sanne-2026");
        PortalHttp staff = new PortalHttp(base).login("ruud.smit", "Welkom-Ruud-2026");
        long mailbox = Db.scalar("SELECT min(m.id) FROM mailbox m JOIN customer c ON c.id = m.customer_id"
                + " WHERE c.customer_number = (SELECT c2.customer_number FROM customer c2 JOIN user_account u ON u.customer_id = c2.id"
                + " WHERE u.username = 'sanne.dejong')");
        long otherMailbox = Db.scalar("SELECT min(m.id) FROM mailbox m JOIN customer c ON c.id = m.customer_id"
                + " JOIN user_account u ON u.customer_id = c.id WHERE u.username = 'jan.jansen'");
        Map<String, Long> before = counts();
        String retentionBefore = Db.string(
                "SELECT concat(retention_mode, ':', coalesce(keep_days, -1)) FROM mailbox WHERE id = ?", mailbox);

        List<Bad> customerCalls = new ArrayList<>();
        String retention = "/api/me/mailboxes/" + mailbox + "/retention";
        for (String body : bodies("mode", "\"KEEP_COPY_DAYS\"", "keepDays", "14")) {
            customerCalls.add(new Bad("retention " + body, "PUT", retention, "application/json", body));
        }
        customerCalls.add(new Bad(
                "retention keepDays 0",
                "PUT",
                retention,
                "application/json",
                "{\"mode\":\"KEEP_COPY_DAYS\",\"keepDays\":0}"));
        customerCalls.add(new Bad(
                "retention keepDays -5",
                "PUT",
                retention,
                "application/json",
                "{\"mode\":\"KEEP_COPY_DAYS\",\"keepDays\":-5}"));
        customerCalls.add(new Bad(
                "retention keepDays 1e30",
                "PUT",
                retention,
                "application/json",
                "{\"mode\":\"KEEP_COPY_DAYS\",\"keepDays\":1e30}"));
        customerCalls.add(new Bad(
                "retention keepDays 99999",
                "PUT",
                retention,
                "application/json",
                "{\"mode\":\"KEEP_COPY_DAYS\",\"keepDays\":99999}"));
        customerCalls.add(new Bad(
                "retention of another's mailbox",
                "PUT",
                "/api/me/mailboxes/" + otherMailbox + "/retention",
                "application/json",
                "{\"mode\":\"KEEP_UNTIL_DELETED\"}"));
        for (String id : List.of("abc", "-1", "0", "99999999999999999999", "1.5")) {
            customerCalls.add(new Bad(
                    "retention path " + id,
                    "PUT",
                    "/api/me/mailboxes/" + id + "/retention",
                    "application/json",
                    "{\"mode\":\"KEEP_UNTIL_DELETED\"}"));
        }
        customerCalls.add(
                new Bad("retention as xml", "PUT", retention, "application/xml", "<mode>KEEP_UNTIL_DELETED</mode>"));
        customerCalls.add(
                new Bad("retention as text", "PUT", retention, "text/plain", "{\"mode\":\"KEEP_UNTIL_DELETED\"}"));
        customerCalls.add(new Bad(
                "retention with POST", "POST", retention, "application/json", "{\"mode\":\"KEEP_UNTIL_DELETED\"}"));

        for (String body : bodies("type", "\"ACCESS\"", "description", "\"Welke gegevens heeft u?\"")) {
            customerCalls.add(new Bad("rights " + body, "POST", "/api/me/rights-requests", "application/json", body));
        }
        customerCalls.add(new Bad(
                "rights description 2001",
                "POST",
                "/api/me/rights-requests",
                "application/json",
                "{\"type\":\"ACCESS\",\"description\":\"" + LONG + "\"}"));
        customerCalls.add(new Bad(
                "rights description 1 MB",
                "POST",
                "/api/me/rights-requests",
                "application/json",
                "{\"type\":\"ACCESS\",\"description\":\"" + MEGABYTE + "\"}"));
        customerCalls.add(new Bad(
                "rights description blank",
                "POST",
                "/api/me/rights-requests",
                "application/json",
                "{\"type\":\"ACCESS\",\"description\":\"   \"}"));
        for (String id : List.of("abc", "-1", "99999999", "99999999999999999999")) {
            customerCalls.add(new Bad(
                    "withdraw " + id, "POST", "/api/me/rights-requests/" + id + "/withdraw", "application/json", "{}"));
        }
        for (String query : List.of(
                "after=-1",
                "after=abc",
                "after=1-",
                "after=-1-5",
                "after=1764651600123456-1-2",
                "after=99999999999999999999-1",
                "after=" + "9".repeat(5000),
                "limit=0",
                "limit=-5",
                "limit=501",
                "limit=abc",
                "limit=999999999999",
                "limit=1e2",
                "address=" + "%25".repeat(50),
                "address=" + "a".repeat(5000))) {
            customerCalls.add(new Bad("mail log " + query, "GET", "/api/me/mail-log?" + query, null, null));
        }
        customerCalls.add(new Bad("unknown path", "GET", "/api/me/nothing-here", null, null));
        customerCalls.add(new Bad("staff path as customer", "GET", "/api/staff/register/verify", null, null));

        List<Bad> staffCalls = new ArrayList<>();
        for (String body : bodies(
                "customerNumber",
                "\"PV100487\"",
                "kind",
                "\"MAIL\"",
                "description",
                "\"nachtelijke back-up\"",
                "takenAt",
                "\"2026-11-30T01:00:00Z\"",
                "sizeBytes",
                "1000")) {
            staffCalls.add(new Bad("backup " + body, "POST", "/api/staff/backups", "application/json", body));
        }
        String backup =
                "{\"customerNumber\":\"PV100487\",\"kind\":\"MAIL\",\"description\":\"%s\",\"takenAt\":\"%s\",\"sizeBytes\":%s}";
        staffCalls.add(new Bad(
                "backup description 301",
                "POST",
                "/api/staff/backups",
                "application/json",
                String.format(backup, "d".repeat(301), "2026-11-30T01:00:00Z", "1")));
        staffCalls.add(new Bad(
                "backup description 1 MB",
                "POST",
                "/api/staff/backups",
                "application/json",
                String.format(backup, MEGABYTE, "2026-11-30T01:00:00Z", "1")));
        for (String taken : List.of(
                "9999-12-31T23:59:59Z",
                "2030-01-01T00:00:00Z",
                "+1000000000-01-01T00:00:00Z",
                "30-11-2026",
                "2026-11-31T01:00:00Z",
                "yesterday",
                "")) {
            staffCalls.add(new Bad(
                    "backup takenAt " + taken,
                    "POST",
                    "/api/staff/backups",
                    "application/json",
                    String.format(backup, "tijd", taken, "1")));
        }
        for (String size : List.of("-1", "1e30", "9223372036854775808", "\"groot\"", "1.5", "null")) {
            staffCalls.add(new Bad(
                    "backup sizeBytes " + size,
                    "POST",
                    "/api/staff/backups",
                    "application/json",
                    String.format(backup, "grootte", "2026-11-30T01:00:00Z", size)));
        }
        staffCalls.add(new Bad(
                "backup expiry beyond six months",
                "POST",
                "/api/staff/backups",
                "application/json",
                "{\"customerNumber\":\"PV100487\",\"kind\":\"MAIL\",\"description\":\"lang\",\"takenAt\":\"2026-11-30T01:00:00Z\","
                        + "\"expiresAt\":\"2027-12-01T00:00:00Z\",\"sizeBytes\":1}"));
        staffCalls.add(new Bad(
                "backup unknown customer",
                "POST",
                "/api/staff/backups",
                "application/json",
                String.format(backup.replace("PV100487", "PV999999"), "onbekend", "2026-11-30T01:00:00Z", "1")));
        staffCalls.add(new Bad(
                "backup customer number 1 KB",
                "POST",
                "/api/staff/backups",
                "application/json",
                String.format(
                        backup.replace("PV100487", "P".repeat(1024)), "lang nummer", "2026-11-30T01:00:00Z", "1")));
        staffCalls.add(new Bad(
                "backup as form", "POST", "/api/staff/backups", "application/x-www-form-urlencoded", "kind=MAIL"));
        for (String reason : List.of("", ".", "\u200B".repeat(12), "r".repeat(501), "kort")) {
            staffCalls.add(new Bad(
                    "staff data reason '" + reason.length() + "'",
                    "GET",
                    "/api/staff/customers/PV100487/data?reason="
                            + java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8),
                    null,
                    null));
        }
        for (String number : List.of("PV1", "abc", "PV100487%20", "x".repeat(300))) {
            staffCalls.add(new Bad(
                    "staff data number " + number.length(),
                    "GET",
                    "/api/staff/customers/" + number + "/data?reason=Vraag+van+de+klant+over+de+factuur",
                    null,
                    null));
        }
        for (String id : List.of("abc", "-1", "99999999", "99999999999999999999")) {
            staffCalls.add(new Bad("import report " + id, "GET", "/api/staff/import/" + id, null, null));
            staffCalls.add(new Bad(
                    "import resume " + id, "POST", "/api/staff/import/" + id + "/resume", "application/json", "{}"));
        }
        for (String wait : List.of("-1", "abc", "99999999999")) {
            staffCalls.add(new Bad(
                    "import report wait " + wait, "GET", "/api/staff/import/99999999?wait=" + wait, null, null));
        }
        staffCalls.add(new Bad(
                "access log import for an unknown site",
                "POST",
                "/api/staff/import/access-log?site=nope.example",
                "text/plain",
                "127.0.0.1 - - [30/Nov/2026:10:00:00 +0100] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"\n"));
        staffCalls.add(new Bad(
                "access log import without site name",
                "POST",
                "/api/staff/import/access-log?site=" + "s".repeat(300),
                "text/plain",
                "x\n"));
        staffCalls.add(new Bad(
                "postfix import name 1 KB",
                "POST",
                "/api/staff/import/postfix?name=" + "n".repeat(1024),
                "text/plain",
                "x\n"));
        staffCalls.add(new Bad("staff customer data for a customer path", "GET", "/api/me", null, null));

        int checked = 0;
        for (Bad bad : customerCalls) {
            check(customer, bad);
            checked++;
        }
        for (Bad bad : staffCalls) {
            check(staff, bad);
            checked++;
        }
        assertTrue(checked >= 150, "at least 150 bad requests, was " + checked);
        assertEquals(before, counts(), "nothing stored");
        assertEquals(
                retentionBefore,
                Db.string(
                        "SELECT concat(retention_mode, ':', coalesce(keep_days, -1)) FROM mailbox WHERE id = ?",
                        mailbox),
                "the mailbox setting is unchanged");
    }

    /**
     * The usual ways to get a JSON body wrong, for an object with these fields (name, valid value
     * as JSON, …): not JSON, empty, another type, each field missing, null, empty, of another type,
     * and with an unknown value.
     */
    private static List<String> bodies(String... fieldsAndValues) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            valid.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<String> bodies = new ArrayList<>(List.of(
                "",
                "{",
                "not json",
                "[]",
                "null",
                "42",
                "\"text\"",
                "{}",
                "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        for (String field : valid.keySet()) {
            // An unknown value only where the field has a fixed set of values (free text may say anything).
            boolean choice = valid.get(field).matches("\"[A-Z_]+\"");
            for (String replacement :
                    List.of("<missing>", "null", "\"\"", "{}", "[]", "true", "\"UNKNOWN_VALUE\"", "-1")) {
                if (replacement.equals("\"UNKNOWN_VALUE\"") && !choice) {
                    continue;
                }
                Map<String, String> body = new LinkedHashMap<>(valid);
                if (replacement.equals("<missing>")) {
                    body.remove(field);
                } else {
                    body.put(field, replacement);
                }
                bodies.add(json(body));
            }
        }
        return bodies;
    }

    private static String json(Map<String, String> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> s.append(s.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return s.append('}').toString();
    }

    private static void check(PortalHttp http, Bad bad) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(http.uri(bad.path())).timeout(Duration.ofSeconds(60));
        if (bad.body() == null) {
            request.method(bad.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(bad.method(), HttpRequest.BodyPublishers.ofString(bad.body()));
        }
        if (bad.type() != null) {
            request.header("Content-Type", bad.type()).header("X-Requested-With", "bad-requests-test");
        }
        HttpResponse<String> r = http.send(request);
        String label = bad.what() + " -> " + r.statusCode() + " " + abbreviated(r.body());
        assertTrue(r.statusCode() < 500, label);
        for (String internal : List.of(
                "Exception",
                "java.",
                "jakarta.",
                "SQL",
                "sql",
                "password_hash",
                "at nl.",
                "org.hibernate",
                "SRVE",
                "CWWK",
                "RESTEASY")) {
            assertFalse(r.body().contains(internal), label + " shows " + internal);
        }
        if (r.statusCode() >= 400 && r.statusCode() != 404
                || r.statusCode() == 404 && bad.path().startsWith("/api/")) {
            assertTrue(
                    r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    label + " is problem details: "
                            + r.headers().firstValue("Content-Type").orElse(""));
        }
        assertFalse(
                r.statusCode() >= 200 && r.statusCode() < 300 && !bad.method().equals("GET"), label + " was accepted");
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of(
                "rights_request",
                "backup",
                "import_run",
                "audit_event WHERE action <> 'STAFF_VIEWED_CUSTOMER_DATA'" + " AND action <> 'LOGIN'",
                "mail_log_entry")) {
            counts.put(table, Db.scalar("SELECT count(*) FROM " + table));
        }
        return counts;
    }
}
