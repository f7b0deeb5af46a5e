package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.Readiness;
import nl.provalue.privacy.testsupport.TestTls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The findings of the sign-in and session review (issue "sign-in and sessions"), each a test that
 * failed before: sessions that survived a change of person, forged requests from other sites,
 * unlimited guessing, transport and headers, and the smaller ones. Run over HTTPS against the real
 * portal, as a script or an attacker's page would send them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSecurityIT {

    static final String EVIL = "https://evil.example";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 9525), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    // ---- 1. The session survives a change of person ----

    @Test
    void finding1_anewSessionIdAtEveryLoginAndNothingOfTheFormerPersonSurvives() {
        PortalHttp browser = new PortalHttp(base);
        browser.get("/login.xhtml");
        String anonymous = browser.cookie("JSESSIONID").orElse("none");
        browser.login("jan.jansen", "Welkom-Jan-2026");
        String jans = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(anonymous, jans, "a new session id at login");
        assertTrue(browser.get("/customer/").body().contains("Jan Jansen"));

        // A second person signs in on the same browser without logging out first.
        browser.login("pieter.bakker", "Welkom-Pieter-2026");
        String pieters = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(jans, pieters, "another new session id for the next person");
        String page = browser.get("/customer/").body();
        assertTrue(page.contains("Pieter Bakker"), "the second person sees their own data");
        assertFalse(page.contains("Jan Jansen"));

        // The first person's session is gone: presenting its id leads to the login page.
        PortalHttp stolen = new PortalHttp(base);
        stolen.setCookie("JSESSIONID", jans);
        HttpResponse<String> r = stolen.get("/customer/");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    /**
     * A visitor who only looks (the sign-in page in either language, the public transparency
     * report, a page that does not exist) gets no HTTP session: a crowd of such visits fills no
     * memory for half an hour. Signing in still works and starts the session then.
     */
    @Test
    void anonymousVisitsOpenNoSession() {
        PortalHttp visitor = new PortalHttp(base);
        for (String path : List.of(
                "/login.xhtml",
                "/login.xhtml?lang=en",
                "/public/transparency.xhtml",
                "/public/no-such-page.xhtml",
                "/login-code.xhtml")) {
            HttpResponse<String> r = visitor.get(path);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + ": " + r.statusCode());
            assertFalse(
                    r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                    path + " opened a session: " + r.headers().allValues("Set-Cookie"));
        }
        assertEquals("none", visitor.cookie("JSESSIONID").orElse("none"));
        visitor.login("jan.jansen", "Welkom-Jan-2026");
        assertTrue(visitor.cookie("JSESSIONID").isPresent(), "signing in starts the session");
        assertTrue(visitor.get("/customer/").body().contains("Jan Jansen"));
    }

    @Test
    void finding1_staffOpeningsAreGoneWhenAnotherStaffMemberSignsInOnTheSameBrowser() {
        PortalHttp browser = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        long jan = Db.scalar("SELECT id FROM customer WHERE customer_number = 'PV100231'");
        // Eva opens Jan with a reason, through the API of the desk (recorded, shown to Jan).
        assertEquals(
                200,
                browser.get("/api/staff/customers/PV100231/data?reason="
                                + java.net.URLEncoder.encode("Vraag van klant over factuur", StandardCharsets.UTF_8))
                        .statusCode());
        long viewsBefore = Db.scalar(
                "SELECT count(*) FROM audit_event WHERE customer_id = ? AND actor_username = 'ruud.smit'"
                        + " AND action = 'STAFF_VIEWED_CUSTOMER_DATA'",
                jan);

        browser.login("ruud.smit", "Welkom-Ruud-2026");
        HttpResponse<String> page = browser.get("/staff/customer.xhtml?id=" + jan);
        assertFalse(
                page.body().contains("Lindengracht"), "Ruud does not see Jan's address without opening Jan himself");
        assertEquals(
                viewsBefore,
                Db.scalar(
                        "SELECT count(*) FROM audit_event WHERE customer_id = ? AND actor_username = 'ruud.smit'"
                                + " AND action = 'STAFF_VIEWED_CUSTOMER_DATA'",
                        jan));
    }

    @Test
    void finding6_aUserNameTypedWithCapitalsSignsInToAWorkingSession() {
        PortalHttp pieter = new PortalHttp(base).login("Pieter.Bakker", "Welkom-Pieter-2026");
        for (String path : List.of("/customer/", "/customer/my-data.xhtml", "/customer/mail.xhtml", "/api/me")) {
            HttpResponse<String> r = pieter.get(path);
            assertEquals(200, r.statusCode(), path);
        }
        assertTrue(pieter.get("/api/me").body().contains("Pieter Bakker"));
    }

    // ---- 2. Forged requests from other sites ----

    @Test
    void finding2_stateChangingCallsPostedCrossSiteAreRefusedAndChangeNothing() {
        PortalHttp fatima = new PortalHttp(base).login("fatima.elamrani", "Welkom-Fatima-2026");
        HttpResponse<String> filed = fatima.post(
                "/api/me/rights-requests",
                "application/json",
                "{\"type\":\"ACCESS\",\"description\":\"Welke gegevens heeft u van mij? (CSRF-test)\"}",
                Duration.ofSeconds(30));
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Db.scalar(
                "SELECT max(id) FROM rights_request WHERE description = 'Welke gegevens heeft u van mij? (CSRF-test)'");

        // A form on another site, and a text/plain post (no pre-flight), both with only the cookie.
        for (String type :
                List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            HttpResponse<String> withOrigin =
                    fatima.send(HttpRequest.newBuilder(fatima.uri("/api/me/rights-requests/" + id + "/withdraw"))
                            .header("Content-Type", type)
                            .header("Origin", EVIL)
                            .POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertEquals(403, withOrigin.statusCode(), type);
            assertTrue(
                    withOrigin.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            HttpResponse<String> noOrigin =
                    fatima.send(HttpRequest.newBuilder(fatima.uri("/api/me/rights-requests/" + id + "/withdraw"))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertEquals(403, noOrigin.statusCode(), type + " without Origin, without JSON or X-Requested-With");
        }
        HttpResponse<String> crossSiteFetch =
                fatima.send(HttpRequest.newBuilder(fatima.uri("/api/me/rights-requests/" + id + "/withdraw"))
                        .header("Content-Type", "application/json")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, crossSiteFetch.statusCode());
        assertEquals(
                1,
                Db.scalar("SELECT count(*) FROM rights_request WHERE id = ? AND status = 'RECEIVED'", id),
                "the request is still open");

        // The same call from the portal's own page (JSON, same origin) works.
        HttpResponse<String> own =
                fatima.send(HttpRequest.newBuilder(fatima.uri("/api/me/rights-requests/" + id + "/withdraw"))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, own.statusCode(), own.body());
    }

    @Test
    void finding2_aStaffImportCannotBeStartedFromAnotherSite() {
        PortalHttp eva = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        long before = Db.scalar("SELECT count(*) FROM import_run");
        String log = "Nov 30 10:00:00 mx1 postfix/smtpd[1]: 4ABC: client=a.example[192.0.2.1]\n";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            HttpResponse<String> r =
                    eva.send(HttpRequest.newBuilder(eva.uri("/api/staff/import/postfix?name=forged.log"))
                            .header("Content-Type", type)
                            .header("Origin", EVIL)
                            .POST(HttpRequest.BodyPublishers.ofString(log)));
            assertEquals(403, r.statusCode(), type);
            HttpResponse<String> plain =
                    eva.send(HttpRequest.newBuilder(eva.uri("/api/staff/import/postfix?name=forged.log"))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString(log)));
            assertEquals(403, plain.statusCode(), type + " without X-Requested-With");
        }
        assertEquals(before, Db.scalar("SELECT count(*) FROM import_run"), "no import started");
    }

    @Test
    void finding2_logoutIsAPostFromThePortalItselfAndEveryCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        PortalHttp sanne = new PortalHttp(base);
        HttpResponse<String> login =
                sanne.postForm("/j_security_check", "j_username=sanne.dejong&j_password=Welkom-Sanne-2026");
        assertEquals(302, login.statusCode());
        List<String> setCookies = login.headers().allValues("Set-Cookie");
        assertFalse(setCookies.isEmpty());
        for (String cookie : setCookies) {
            if (cookie.contains("Max-Age=0")) {
                continue; // a cookie being deleted carries nothing
            }
            String lower = cookie.toLowerCase(java.util.Locale.ROOT);
            assertTrue(lower.contains("secure"), cookie);
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite="), cookie);
        }
        assertEquals(200, sanne.get("/customer/").statusCode());

        // A link or an image elsewhere cannot log anybody out.
        HttpResponse<String> get = sanne.get("/logout");
        assertEquals(405, get.statusCode());
        assertFalse(get.body().contains("SRVE") || get.body().contains("java."), "the portal's own error page");
        assertEquals(200, sanne.get("/customer/").statusCode(), "still logged in");
        HttpResponse<String> forged = sanne.send(HttpRequest.newBuilder(sanne.uri("/logout"))
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.statusCode());
        assertEquals(200, sanne.get("/customer/").statusCode(), "still logged in");

        HttpResponse<String> own = sanne.send(HttpRequest.newBuilder(sanne.uri("/logout"))
                .header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(302, own.statusCode());
        assertEquals(302, sanne.get("/customer/").statusCode(), "logged out");
    }

    @Test
    void finding2_aSignInPostedFromAnotherSiteIsRefused() {
        PortalHttp victim = new PortalHttp(base);
        HttpResponse<String> r = victim.send(HttpRequest.newBuilder(victim.uri("/j_security_check"))
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=jan.jansen&j_password=Welkom-Jan-2026")));
        assertEquals(403, r.statusCode());
        assertEquals(302, victim.get("/customer/").statusCode(), "not signed in as the attacker's choice");
    }

    // ---- 3. Unlimited password guessing ----

    @Test
    void finding3_guessingIsSlowedThenLockedAndTheOwnerIsToldByMail() throws Exception {
        String username = "guess.target";
        Db.newCustomerAccount(username, "Een lange zin als wachtwoord 2026", "guess.target@example.nl");
        // Nine failures within the last minutes (as a guesser would have made them)...
        pastFailures(username, 9);
        PortalHttp attacker = new PortalHttp(base);
        // ...the tenth locks the account for a quarter of an hour, and the owner gets a mail.
        HttpResponse<String> tenth =
                attacker.postForm("/j_security_check", "j_username=" + username + "&j_password=raden10");
        assertTrue(
                tenth.headers().firstValue("Location").orElse("").contains("error=true"),
                tenth.headers().map().toString());
        HttpResponse<String> right = attacker.postForm(
                "/j_security_check", "j_username=" + username + "&j_password=Een+lange+zin+als+wachtwoord+2026");
        String location = right.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?wait="), "even the right password is not checked now: " + location);
        assertEquals(302, attacker.get("/customer/").statusCode(), "not signed in");
        long until = Long.parseLong(location.substring(location.indexOf("wait=") + 5));
        long inMinutes = (until - System.currentTimeMillis() / 1000) / 60;
        assertTrue(
                inMinutes >= 13 && inMinutes <= 15, "a lock of about a quarter of an hour, not longer: " + inMinutes);
        String page = attacker.get(location.substring(location.indexOf("/login.xhtml")))
                .body();
        assertTrue(page.contains("Te veel mislukte pogingen"), page);

        // An unknown name with the same history gets exactly the same answer.
        pastFailures("nobody.at.all", 9);
        HttpResponse<String> unknownTenth =
                attacker.postForm("/j_security_check", "j_username=nobody.at.all&j_password=raden10");
        assertTrue(unknownTenth.headers().firstValue("Location").orElse("").contains("error=true"));
        HttpResponse<String> unknownNext =
                attacker.postForm("/j_security_check", "j_username=nobody.at.all&j_password=x");
        assertTrue(unknownNext.headers().firstValue("Location").orElse("").contains("/login.xhtml?wait="));

        assertTrue(MAIL.waitForIncomingEmail(30_000, 1), "the owner is told");
        MimeMessage mail = java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals("guess.target@example.nl"))
                .findFirst()
                .orElseThrow();
        assertTrue(mail.getSubject().contains("geblokkeerd"), mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains(username));
        assertFalse(java.util.Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> recipient(m).contains("nobody")));

        // The guesses are in the owner's own sign-in history.
        assertTrue(Db.scalar(
                        "SELECT count(*) FROM sign_in_attempt a JOIN user_account u ON u.id = a.account_id"
                                + " WHERE u.username = ? AND a.outcome = 'THROTTLED'",
                        username)
                >= 1);
    }

    @Test
    void finding3_afterTheFirstFailuresEachAttemptWaitsLongerButTheOwnerIsNotLockedOutForLong() {
        String username = "slow.target";
        Db.newCustomerAccount(username, "Nog een lange zin als wachtwoord", "slow.target@example.nl");
        pastFailures(username, 8, 0);
        PortalHttp someone = new PortalHttp(base);
        // Right after eight failures the next attempt has to wait (8 seconds), even with the right password.
        HttpResponse<String> r = someone.postForm(
                "/j_security_check", "j_username=" + username + "&j_password=Nog+een+lange+zin+als+wachtwoord");
        assertTrue(
                r.headers().firstValue("Location").orElse("").contains("wait="),
                r.headers().map().toString());
        // Failures older than the hour no longer count: the owner is in again.
        Db.update(
                "UPDATE sign_in_attempt SET attempted_at = ? WHERE name_key = ?",
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(61)),
                nameKey(username));
        new PortalHttp(base).login(username, "Nog een lange zin als wachtwoord");
    }

    // ---- 5. Transport and headers ----

    @Test
    void finding5_plainHttpIsRedirectedToHttpsAndAFormSentOverHttpIsNotCarriedOut() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI plain = URI.create("http://localhost:" + base.getPort());
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(plain.resolve("/customer/mail.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertEquals(
                "https://localhost:" + TestTls.httpsPort() + "/customer/mail.xhtml",
                page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(plain.resolve("/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=jan.jansen&j_password=Welkom-Jan-2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, login.statusCode(), "a password sent over plain HTTP is not used");
        assertTrue(login.headers().allValues("Set-Cookie").isEmpty());

        // A session got over HTTPS does not work over HTTP.
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        HttpResponse<String> overHttp = http.send(
                HttpRequest.newBuilder(plain.resolve("/api/me"))
                        .header(
                                "Cookie",
                                "JSESSIONID=" + jan.cookie("JSESSIONID").orElseThrow())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, overHttp.statusCode());
        assertFalse(overHttp.body().contains("Jan Jansen"));
        // The health check of a load balancer stays on plain HTTP.
        assertEquals(
                200,
                http.send(
                                HttpRequest.newBuilder(plain.resolve("/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void finding5_tlsOffersOnlyForwardSecretAeadSuitesAndNoOldProtocols() throws Exception {
        javax.net.ssl.SSLSocketFactory factory = TestTls.trustingContext().getSocketFactory();
        // TLS 1.3 works.
        try (SSLSocket s = (SSLSocket) factory.createSocket("localhost", TestTls.httpsPort())) {
            s.setEnabledProtocols(new String[] {"TLSv1.3"});
            s.startHandshake();
            assertEquals("TLSv1.3", s.getSession().getProtocol());
        }
        // TLS 1.2 with ECDHE and GCM works.
        try (SSLSocket s = (SSLSocket) factory.createSocket("localhost", TestTls.httpsPort())) {
            s.setEnabledProtocols(new String[] {"TLSv1.2"});
            s.startHandshake();
            String suite = s.getSession().getCipherSuite();
            assertTrue(suite.contains("ECDHE") && (suite.contains("GCM") || suite.contains("CHACHA20")), suite);
        }
        // CBC suites and static RSA key exchange are refused.
        for (String suite : List.of(
                "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
                "TLS_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_RSA_WITH_AES_256_CBC_SHA256")) {
            try (SSLSocket s = (SSLSocket) factory.createSocket("localhost", TestTls.httpsPort())) {
                SSLParameters params = s.getSSLParameters();
                params.setProtocols(new String[] {"TLSv1.2"});
                params.setCipherSuites(new String[] {suite});
                s.setSSLParameters(params);
                assertThrows(java.io.IOException.class, s::startHandshake, suite);
            } catch (IllegalArgumentException unsupportedByThisClient) {
                // The client itself does not know the suite: nothing to test.
            }
        }
        try (SSLSocket s = (SSLSocket) factory.createSocket("localhost", TestTls.httpsPort())) {
            s.setEnabledProtocols(new String[] {"TLSv1.1"});
            assertThrows(java.io.IOException.class, s::startHandshake, "TLS 1.1");
        } catch (IllegalArgumentException | SSLHandshakeException notOffered) {
            // Neither side offers it.
        }
    }

    @Test
    void finding5_everyScreenAndApiAnswerCarriesTheSecurityHeaders() {
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        for (String path : List.of(
                "/customer/",
                "/customer/my-data.xhtml",
                "/customer/mail.xhtml",
                "/customer/websites.xhtml",
                "/customer/access-log.xhtml?site="
                        + Db.scalar("SELECT min(w.id) FROM website w JOIN customer c ON c.id = w.customer_id"
                                + " WHERE c.customer_number = 'PV100231'"),
                "/customer/domains.xhtml",
                "/customer/backups.xhtml",
                "/customer/disclosures.xhtml",
                "/customer/rights.xhtml",
                "/customer/what-we-keep.xhtml",
                "/account/security.xhtml")) {
            assertPageHeaders(path, jan.get(path));
        }
        for (String path : List.of("/api/me", "/api/me/mailboxes", "/api/me/mail-log", "/api/me/rights-requests")) {
            HttpResponse<String> r = jan.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"), path);
            assertTrue(
                    r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    path);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        PortalHttp eva = new PortalHttp(base).login("eva.visser", "Welkom-Eva-2026");
        for (String path : List.of(
                "/staff/",
                "/staff/customers.xhtml",
                "/staff/rights.xhtml",
                "/staff/register.xhtml",
                "/staff/register-new.xhtml",
                "/staff/transparency.xhtml",
                "/staff/imports.xhtml",
                "/staff/web-logs.xhtml",
                "/staff/backups.xhtml",
                "/staff/retention.xhtml",
                "/staff/tld-rules.xhtml",
                "/staff/registration-data.xhtml",
                "/staff/api-tokens.xhtml",
                "/account/security.xhtml")) {
            assertPageHeaders(path, eva.get(path));
        }
        PortalHttp anonymous = new PortalHttp(base);
        for (String path : List.of("/login.xhtml", "/forgot-password.xhtml", "/public/transparency.xhtml")) {
            assertPageHeaders(path, anonymous.get(path));
        }
    }

    private static void assertPageHeaders(String path, HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), path);
        String csp = String.join(",", r.headers().allValues("Content-Security-Policy"));
        assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), path + ": one policy " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), path + ": " + csp);
        assertFalse(
                csp.contains("unsafe-eval") || csp.contains("script-src 'self' 'unsafe-inline'"), path + ": " + csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"), path);
        assertTrue(
                r.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"), path);
        // No inline script without the page's nonce.
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>")
                .matcher(r.body());
        while (scripts.find()) {
            assertTrue(
                    scripts.group(1).contains("nonce=\"" + nonce + "\""),
                    path + ": inline script without nonce: " + scripts.group());
        }
        assertFalse(
                r.body().matches("(?s).*<[a-z]+[^>]*\\son(click|change|load|submit)=.*"),
                path + ": inline event handler");
    }

    // ---- 6. Smaller ones ----

    @Test
    void finding6_errorsAnswerWithThePortalsOwnPagesNeverInternalClassNames() {
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        for (HttpResponse<String> r : List.of(
                jan.get("/logout"),
                jan.get("/customer/nope.xhtml"),
                jan.get("/j_security_check"),
                jan.get("/api/me/mailboxes/abc/retention"))) {
            String text = r.body().replaceAll("(?s)<head.*?</head>", "").replaceAll("(?s)<script.*?</script>", "");
            assertFalse(
                    text.contains("SRVE")
                            || text.contains("CWWK")
                            || text.matches("(?s).*\\b(java|com\\.ibm)\\.[a-z]+\\.[A-Z].*")
                            || text.contains("Exception"),
                    r.uri() + " " + r.statusCode() + ": " + text);
            assertTrue(r.statusCode() < 500, r.uri() + " " + r.statusCode());
        }
    }

    @Test
    void finding6_anExpiredFormShowsTheExpiredPageNotAnError() {
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        String page = jan.get("/customer/rights.xhtml").body();
        assertTrue(page.contains("jakarta.faces.ViewState"));
        String form = "rights=rights&rights%3Adescription=x&jakarta.faces.ViewState=" + "stale-view-123%3A456";
        HttpResponse<String> full = jan.send(HttpRequest.newBuilder(jan.uri("/customer/rights.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form + "&rights%3Afile=rights%3Afile")));
        assertEquals(302, full.statusCode(), "full post: " + full.statusCode());
        String expired = full.headers().firstValue("Location").orElse("");
        assertTrue(expired.endsWith("/error/expired.xhtml"), expired);
        assertTrue(jan.get(URI.create(expired).getPath()).body().contains("Pagina verlopen"));
        HttpResponse<String> ajax = jan.send(HttpRequest.newBuilder(jan.uri("/customer/rights.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=rights%3Afile"
                                + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=%40form")));
        assertTrue(ajax.statusCode() < 500, "ajax post: " + ajax.statusCode());
        assertTrue(
                ajax.body().contains("<redirect url=\"/error/expired.xhtml")
                        || ajax.body().contains("Pagina verlopen"),
                ajax.body());
    }

    // ---- helpers ----

    private String origin() {
        return "https://localhost:" + TestTls.httpsPort();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Failed attempts a guesser made in the last minutes, as the portal records them. */
    private static void pastFailures(String username, int count) {
        pastFailures(username, count, 30 * 60);
    }

    /** {@code count} failures, one a second, the last {@code secondsAgo} seconds ago. */
    private static void pastFailures(String username, int count, int secondsAgo) {
        LocalDateTime last = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(secondsAgo);
        for (int i = 0; i < count; i++) {
            Db.update(
                    "INSERT INTO sign_in_attempt (attempted_at, name_key, account_id, source_address, browser, outcome)"
                            + " SELECT ?, ?, (SELECT id FROM user_account WHERE username = ?), '203.0.113.7', 'curl', 'WRONG_PASSWORD'",
                    Timestamp.valueOf(last.minusSeconds(count - 1 - i)),
                    nameKey(username),
                    username);
        }
    }

    static String nameKey(String username) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        Readiness.class.getName();
    }
}
