package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.provalue.privacy.domain.apitoken.ApiTokenSecret;
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
 * The provider's systems call the API with keys instead of a person's password: a key does only
 * what its scopes allow, a revoked, expired, unknown or malformed key is refused, a key in the
 * address is refused, no session is made, and every call is in the audit trail with the key's name.
 * Keys are put in the database here as the staff screen stores them (only the hash); making them on
 * that screen is {@code ApiTokensBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String LOG = "Nov 30 10:00:00 mx1 postfix/smtpd[1]: 4ABC: client=a.example[192.0.2.1]\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    /** A key as the staff screen stores it, valid through next month unless changed; returns the key. */
    private static Key key(String scopes) {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        String name = "key-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
        Db.update(
                "INSERT INTO api_token (name, token_hash, scopes, created_at, created_by_id, expires_at)"
                        + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), (SELECT min(id) FROM staff_member), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 30 DAY))",
                name,
                secret.hash(),
                scopes);
        return new Key(name, secret.reveal());
    }

    private record Key(String name, String secret) {}

    private HttpResponse<String> call(Key key, String method, String path, String type, String body) {
        PortalHttp http = new PortalHttp(base);
        HttpRequest.Builder r = HttpRequest.newBuilder(http.uri(path))
                .timeout(Duration.ofSeconds(90))
                .header("X-Requested-With", "log-shipper");
        if (key != null) {
            r.header("Authorization", "Bearer " + key.secret());
        }
        if (body == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(r);
    }

    private static void assertProblem(int status, HttpResponse<String> r, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        assertFalse(r.body().contains("Exception") || r.body().contains("SQL"), what + ": " + r.body());
    }

    @Test
    void aLogShipperKeyImportsALogWithoutAPasswordAndEveryCallIsRecordedWithItsName() {
        Key shipper = key("LOG_IMPORT");
        HttpResponse<String> r =
                call(shipper, "POST", "/api/staff/import/postfix?name=mx1.log&wait=60", "text/plain", LOG);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\":\"COMPLETED\""), r.body());
        assertTrue(
                r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a call with a key makes no session: " + r.headers().allValues("Set-Cookie"));
        assertEquals(shipper.name(), Db.string("SELECT started_by FROM import_run WHERE file_name = 'mx1.log'"));
        assertEquals(
                "SYSTEM",
                Db.string(
                        "SELECT actor_role FROM audit_event WHERE action = 'LOG_IMPORT_STARTED' AND actor_username = ?",
                        shipper.name()));
        String recorded = Db.string(
                "SELECT details FROM audit_event WHERE action = 'API_CALL' AND actor_username = ?", shipper.name());
        assertTrue(recorded.startsWith("POST /api/staff/import/postfix answered 200"), recorded);
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM api_token WHERE name = ? AND last_used_at IS NOT NULL AND last_used_from IS NOT NULL",
                        shipper.name()),
                "the last use is shown to staff");

        assertEquals(
                200,
                call(shipper, "GET", "/api/staff/import?limit=5", null, null).statusCode(),
                "reads the reports");
    }

    @Test
    void aKeyDoesOnlyWhatItsScopesAllow() {
        Key backups = key("BACKUPS");
        Key shipper = key("LOG_IMPORT");
        long imports = Db.scalar("SELECT count(*) FROM import_run");
        assertProblem(
                403,
                call(backups, "POST", "/api/staff/import/postfix?name=no.log", "text/plain", LOG),
                "backups key imports");
        assertEquals(imports, Db.scalar("SELECT count(*) FROM import_run"), "nothing imported");
        assertEquals(
                1,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE action = 'API_CALL' AND actor_username = ?"
                                + " AND details LIKE 'POST /api/staff/import/postfix answered 403%'",
                        backups.name()),
                "the refused call is recorded");

        String backup = "{\"customerNumber\":\"PV100487\",\"kind\":\"MAIL\",\"description\":\"nachtelijke back-up\","
                + "\"takenAt\":\"2026-11-30T01:00:00Z\",\"sizeBytes\":1000}";
        assertProblem(
                403,
                call(shipper, "POST", "/api/staff/backups", "application/json", backup),
                "log shipper records a backup");
        HttpResponse<String> recorded = call(backups, "POST", "/api/staff/backups", "application/json", backup);
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(
                "SYSTEM",
                Db.string(
                        "SELECT actor_role FROM audit_event WHERE action = 'BACKUP_REGISTERED' AND actor_username = ?",
                        backups.name()));
        String location = recorded.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> again =
                call(backups, "GET", java.net.URI.create(location).getPath(), null, null);
        assertEquals(200, again.statusCode(), location);
        assertTrue(again.body().contains("\"description\":\"nachtelijke back-up\""), again.body());
        assertProblem(404, call(backups, "GET", "/api/staff/backups/999999999", null, null), "no such backup");

        Key both = key("LOG_IMPORT,BACKUPS");
        for (String path : List.of(
                "/api/me",
                "/api/me/export",
                "/api/staff/register/verify",
                "/api/staff/customers/PV100487/data?reason=x")) {
            for (Key k : List.of(shipper, backups, both)) {
                assertProblem(403, call(k, "GET", path, null, null), path);
            }
        }
        HttpResponse<String> page = call(both, "GET", "/staff/", null, null);
        assertTrue(
                page.statusCode() == 302
                        && page.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "a key is no login for the staff pages: " + page.statusCode());
    }

    @Test
    void revokedExpiredUnknownAndMalformedKeysAreRefused() {
        Key revoked = key("LOG_IMPORT");
        Key expired = key("LOG_IMPORT");
        assertEquals(200, call(revoked, "GET", "/api/staff/import", null, null).statusCode(), "works before");
        Db.update(
                "UPDATE api_token SET revoked_at = UTC_TIMESTAMP(6), revoked_by_id = created_by_id WHERE name = ?",
                revoked.name());
        Db.update(
                "UPDATE api_token SET expires_at = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND) WHERE name = ?",
                expired.name());
        Key unknown = new Key("unknown", ApiTokenSecret.generate().reveal());
        for (Key k : List.of(
                revoked,
                expired,
                unknown,
                new Key("malformed", "pvt_short"),
                new Key("spaced", revoked.secret() + " "))) {
            HttpResponse<String> r = call(k, "POST", "/api/staff/import/postfix?name=refused.log", "text/plain", LOG);
            assertProblem(401, r, k.name());
            assertEquals(
                    "Bearer error=\"invalid_token\"",
                    r.headers().firstValue("WWW-Authenticate").orElse(""),
                    k.name());
        }
        PortalHttp http = new PortalHttp(base);
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(http.uri("/api/staff/import"))
                .header("Authorization", "Basic ZXZhLnZpc3NlcjpXZWxrb20tRXZhLTIwMjY="));
        assertProblem(401, basic, "a password is no key");
        assertEquals("Bearer", basic.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(0, Db.scalar("SELECT count(*) FROM import_run WHERE file_name = 'refused.log'"));
    }

    @Test
    void aKeyInTheAddressIsRefusedEvenWhereItWouldWork() {
        Key shipper = key("LOG_IMPORT");
        for (String query : List.of(
                "access_token=" + shipper.secret(),
                "name=a.log&access_token=" + shipper.secret(),
                "name=" + shipper.secret(),
                "access_token")) {
            assertProblem(400, call(null, "POST", "/api/staff/import/postfix?" + query, "text/plain", LOG), query);
            assertProblem(
                    400,
                    call(shipper, "POST", "/api/staff/import/postfix?" + query, "text/plain", LOG),
                    "with a header too: " + query);
        }
        assertEquals(
                0,
                Db.scalar("SELECT count(*) FROM api_token WHERE name = ? AND last_used_at IS NOT NULL", shipper.name()),
                "the key was not used");
    }
}
