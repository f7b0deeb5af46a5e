package nl.provalue.privacy.web.rdap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import nl.provalue.privacy.testsupport.RdapSchema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P10: the public RDAP service as any RDAP client reads it (RFC 7480, 9082, 9083, 9537): every
 * answer is RDAP JSON of the right type and exact length, with CORS, valid against the schema of
 * RDAP responses; names are read by IDNA2008 and never mapped onto another domain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RdapIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    /** A path with every byte outside ASCII percent-encoded as UTF-8, as a client sends it. */
    private static String encoded(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            if (x >= 0x21 && x < 0x7f && x != '%') {
                b.append((char) x);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }

    /** Sends the request, checks what every RDAP answer must be, and gives the parsed body. */
    private JsonObject rdap(String method, String path, int status) {
        HttpResponse<byte[]> r = new PortalHttp(base)
                .bytes(HttpRequest.newBuilder(new PortalHttp(base).uri(encoded(path)))
                        .method(method, HttpRequest.BodyPublishers.noBody()));
        String what = method + " " + path;
        assertEquals(status, r.statusCode(), what + ": " + new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/rdap+json", r.headers().firstValue("Content-Type").orElse(""), what);
        assertEquals(
                "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), what + ": CORS on every answer");
        r.headers()
                .firstValueAsLong("Content-Length")
                .ifPresent(length -> assertEquals(r.body().length, length, what + ": Content-Length counts bytes"));
        String json = new String(r.body(), StandardCharsets.UTF_8);
        RdapSchema.assertValid(json);
        JsonObject body = Json.createReader(new StringReader(json)).readObject();
        if (status >= 400) {
            assertEquals(status, body.getInt("errorCode"), what);
        }
        return body;
    }

    private JsonObject get(String path, int status) {
        return rdap("GET", path, status);
    }

    @Test
    void p10_answersWithAccentsOrEmojiArriveWhole() {
        // Finding: a length counted in characters cut these off.
        JsonObject notHeld = get("/rdap/domain/liège-café.nl", 404);
        assertTrue(notHeld.getJsonArray("description").getString(0).contains("liège-café.nl"), notHeld.toString());
        get("/rdap/domain/😀.nl", 400);
        JsonObject german = get("/rdap/domain/großbäckerei-bakker.de", 200);
        assertEquals("großbäckerei-bakker.de", german.getString("unicodeName"));
    }

    @Test
    void p10_idnsAreReadByIdna2008_andNeverMappedOntoAnotherDomain() {
        JsonObject sharpS = get("/rdap/domain/großbäckerei-bakker.de", 200);
        String ldh = sharpS.getString("ldhName");
        assertTrue(ldh.startsWith("xn--"), ldh);
        // IDNA2003 reads ß as ss: that is another name, which nobody holds.
        get("/rdap/domain/grossbäckerei-bakker.de", 404);
        // The A-label, in either case, and a mix of both forms name the same domain.
        assertEquals(ldh, get("/rdap/domain/" + ldh, 200).getString("ldhName"));
        assertEquals(
                ldh,
                get("/rdap/domain/" + ldh.toUpperCase(java.util.Locale.ROOT), 200)
                        .getString("ldhName"));
        JsonObject accent = get("/rdap/domain/traductions-élamrani.com", 200);
        assertEquals("traductions-élamrani.com", accent.getString("unicodeName"));

        // What IDNA2008 forbids is refused, not mapped onto an existing domain.
        get("/rdap/domain/ｓannedejong.nl", 400); // fullwidth s
        get("/rdap/domain/sanne\u00addejong.nl", 400); // soft hyphen
        get("/rdap/domain/sannedejong\u3002nl", 400); // ideographic full stop
        get("/rdap/domain/sannedejong.nl ", 400); // a trailing space
        get("/rdap/domain/sanne_dejong.nl", 400);
        get("/rdap/domain/sanne..nl", 400);
        get("/rdap/domain/" + "a".repeat(64) + ".nl", 400);
        get("/rdap/domain/-sannedejong.nl", 400);
        // The plain name, in capitals or with the root's dot, is still the domain.
        assertEquals("sannedejong.nl", get("/rdap/domain/SanneDeJong.NL.", 200).getString("ldhName"));
    }

    @Test
    void p10_helpAnswers_otherQueriesAreNotImplemented_andNonsenseIsBad() {
        JsonObject help = get("/rdap/help", 200);
        assertTrue(help.getJsonArray("rdapConformance").toString().contains("rdap_level_0"));
        assertFalse(help.getJsonArray("notices").isEmpty());
        for (String notOffered : new String[] {
            "/rdap/nameserver/ns1.provalue.nl",
            "/rdap/entity/PV-C1",
            "/rdap/ip/192.0.2.1",
            "/rdap/autnum/64496",
            "/rdap/domains?name=sanne*",
            "/rdap/nameservers?ip=192.0.2.1",
            "/rdap/entities?fn=Jan*"
        }) {
            get(notOffered, 501);
        }
        get("/rdap/domain/", 400);
        get("/rdap/", 400);
        get("/rdap/somethingelse", 400);
        get("/rdap/domain/sannedejong.nl/extra", 400);
    }

    @Test
    void p10_otherMethodsAndTheContainersOwnErrorsAreRdapToo() {
        rdap("POST", "/rdap/domain/sannedejong.nl", 405);
        rdap("DELETE", "/rdap/domain/sannedejong.nl", 405);
        HttpResponse<byte[]> head = new PortalHttp(base)
                .bytes(HttpRequest.newBuilder(new PortalHttp(base).uri("/rdap/domain/sannedejong.nl"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(
                "*", head.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<byte[]> preflight = new PortalHttp(base)
                .bytes(HttpRequest.newBuilder(new PortalHttp(base).uri("/rdap/domain/sannedejong.nl"))
                        .header("Origin", "https://rdap-client.example")
                        .header("Access-Control-Request-Method", "GET")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals(
                "*",
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        // A request from another site's page is read like any other: RDAP is public and changes nothing.
        HttpResponse<byte[]> foreign = new PortalHttp(base)
                .bytes(HttpRequest.newBuilder(new PortalHttp(base).uri("/rdap/domain/sannedejong.nl"))
                        .header("Origin", "https://elders.example")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, foreign.statusCode());
        assertEquals(
                "application/rdap+json",
                foreign.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void p10_pathsTheContainerRefusesAreRefusedToo() throws Exception {
        // An encoded slash: the container refuses it before the service sees it; the answer is RDAP all the same.
        HttpResponse<byte[]> slash =
                new PortalHttp(base).bytes(HttpRequest.newBuilder(new PortalHttp(base).uri("/rdap/domain/a%2Fb.nl")));
        assertEquals(400, slash.statusCode());
        assertEquals(
                "application/rdap+json",
                slash.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "*", slash.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        RdapSchema.assertValid(new String(slash.body(), StandardCharsets.UTF_8));

        // "%zz" is no percent-encoding at all: Liberty's HTTP layer answers 400 itself, before any
        // application code runs (so in its own format). It is refused, never looked up.
        URL https = nl.provalue.privacy.testsupport.TestTls.https(base);
        try (javax.net.ssl.SSLSocket socket =
                (javax.net.ssl.SSLSocket) nl.provalue.privacy.testsupport.TestTls.trustingContext()
                        .getSocketFactory()
                        .createSocket(https.getHost(), https.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /rdap/domain/%zz.nl HTTP/1.1\r\nHost: " + https.getHost() + "\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
    }

    @Test
    void p10_theDomainAndItsAnswerLinkToThemselves() {
        JsonObject sanne = get("/rdap/domain/sannedejong.nl", 200);
        JsonObject self = sanne.getJsonArray("links").getJsonObject(0);
        assertEquals("self", self.getString("rel"));
        assertTrue(self.getString("href").endsWith("/rdap/domain/sannedejong.nl"), self.toString());
        assertFalse(sanne.containsKey("unicodeName"), "an ASCII name has none");
    }

    @Test
    void p10_aBusinessNlRegistrantShowsTheOrganisation_notItsContactPerson() {
        JsonObject bakery = get("/rdap/domain/bakkerijbakker.nl", 200);
        String text = bakery.toString();
        assertTrue(text.contains("Bakkerij Bakker B.V."), text);
        assertFalse(text.contains("Pieter Bakker"), "the person behind the business is not published: " + text);
        assertTrue(text.contains("\"Registrant Name\""), "listed as redacted");
        assertEquals(
                1L,
                Db.scalar(
                        "SELECT count(*) FROM tld_policy WHERE tld = 'nl' AND policy_source LIKE '%not that of its contact person%'"));
    }
}
