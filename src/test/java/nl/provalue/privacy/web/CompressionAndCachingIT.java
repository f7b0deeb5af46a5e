package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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
 * What a phone on a slow connection loads: pages, scripts and styles go out gzip-compressed to a
 * browser that accepts it; every script and style a page names carries a version in its address
 * and may be kept for a year; pages with personal data are still never stored, and the ZIP of
 * one's data goes out as it is. (Java's HttpClient does not decompress: the bytes checked here are
 * the bytes that came over the wire.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionAndCachingIT {

    static final String YEAR = "public, max-age=31536000, immutable";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    private static HttpResponse<byte[]> gzipGet(PortalHttp http, String path) {
        return http.bytes(HttpRequest.newBuilder(http.uri(path)).header("Accept-Encoding", "gzip, deflate, br"));
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    /** The addresses of the styles and scripts a page loads from the portal. */
    private static List<String> resources(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "(?:href|src)=\"(/(?:jakarta\\.faces\\.resource|resources)/[^\"]+\\.(?:css|js)[^\"]*)\"")
                .matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    @Test
    void theLoginPageGoesOutCompressedAndIsNeverStored() {
        PortalHttp http = new PortalHttp(base);
        HttpResponse<byte[]> page = gzipGet(http, "/login.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals(
                "gzip", header(page, "Content-Encoding"), page.headers().map().toString());
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"login-form\""), html);
        assertTrue(header(page, "Cache-Control").contains("no-store"), header(page, "Cache-Control"));
        assertTrue(
                header(page, "Vary").toLowerCase().contains("accept-encoding"),
                page.headers().map().toString());

        HttpResponse<byte[]> plain = http.bytes(HttpRequest.newBuilder(http.uri("/login.xhtml")));
        assertEquals("", header(plain, "Content-Encoding"), "a client that does not ask for it gets it plain");
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("id=\"login-form\""));
    }

    @Test
    void everyScriptAndStyleOfAPageIsCompressedVersionedAndKeptAYear() {
        PortalHttp http = new PortalHttp(base);
        // A page with PrimeFaces components: its scripts, theme and icons, and the portal's style.
        String html = new String(gunzip(gzipGet(http, "/forgot-password.xhtml").body()), StandardCharsets.UTF_8);
        List<String> resources = resources(html);
        assertTrue(resources.stream().anyMatch(r -> r.contains("primeicons.css")), resources.toString());
        assertTrue(
                resources.stream().anyMatch(r -> r.contains("components.js") && r.contains("ln=primefaces")),
                resources.toString());
        assertTrue(resources.stream().anyMatch(r -> r.contains("theme.css")), resources.toString());
        String portalCss = resources.stream()
                .filter(r -> r.contains("css/portal.css"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                Pattern.compile("[?&]v=[0-9a-f]{12}").matcher(portalCss).find(),
                "the portal's own style has a version: " + portalCss);
        for (String resource : resources) {
            HttpResponse<byte[]> r = gzipGet(http, resource);
            assertEquals(200, r.statusCode(), resource);
            assertTrue(resource.contains("v="), "versioned: " + resource);
            assertEquals(YEAR, header(r, "Cache-Control"), resource);
            assertFalse(r.headers().firstValue("Pragma").isPresent(), resource);
            byte[] content = "gzip".equals(header(r, "Content-Encoding")) ? gunzip(r.body()) : r.body();
            if (content.length >= 2048) {
                assertEquals("gzip", header(r, "Content-Encoding"), resource);
            }
        }
        HttpResponse<byte[]> components = gzipGet(
                http,
                resources.stream()
                        .filter(r -> r.contains("components.js"))
                        .findFirst()
                        .orElseThrow());
        assertEquals("gzip", header(components, "Content-Encoding"));
        assertTrue(
                components.body().length * 3 < gunzip(components.body()).length,
                "PrimeFaces' components compress to less than a third: " + components.body().length);
    }

    /**
     * The sign-in page and the customer overview use no PrimeFaces component, so a phone loads
     * neither the theme nor PrimeFaces' scripts there: only the portal's own two style sheets,
     * versioned, and the one locale script PrimeFaces always names (a few KB), where the other
     * pages load about 270 KB.
     */
    @Test
    void theSignInPageAndTheOverviewLoadNoThemeAndNoPrimeFacesScripts() {
        PortalHttp http = new PortalHttp(base);
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        for (PortalHttp client : List.of(http, jan)) {
            String path = client == http ? "/login.xhtml" : "/customer/";
            HttpResponse<byte[]> page = gzipGet(client, path);
            assertEquals(200, page.statusCode(), path);
            String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
            assertTrue(html.contains(client == http ? "id=\"login-form\"" : "PV100231"), path);
            List<String> resources = resources(html);
            assertTrue(resources.stream().anyMatch(r -> r.contains("css/plain.css")), path + ": " + resources);
            for (String heavy :
                    List.of("theme.css", "components.js", "components.css", "core.js", "jquery", "primeicons")) {
                assertFalse(
                        resources.stream().anyMatch(r -> r.contains(heavy)),
                        path + " loads " + heavy + ": " + resources);
            }
            long bytes = page.body().length;
            for (String resource : resources) {
                HttpResponse<byte[]> r = gzipGet(client, resource);
                assertEquals(200, r.statusCode(), resource);
                assertEquals(YEAR, header(r, "Cache-Control"), resource);
                bytes += r.body().length;
            }
            assertTrue(
                    bytes < 20_000,
                    path + " with its styles and scripts is " + bytes + " bytes over the wire: " + resources);
        }
    }

    /** The second answer comes from memory: the same content, compressed once, with the same headers. */
    @Test
    void aVersionedResourceAnswersTheSameFromMemory() {
        PortalHttp http = new PortalHttp(base);
        String html = new String(gunzip(gzipGet(http, "/forgot-password.xhtml").body()), StandardCharsets.UTF_8);
        for (String resource : resources(html)) {
            HttpResponse<byte[]> first = gzipGet(http, resource);
            HttpResponse<byte[]> second = gzipGet(http, resource);
            HttpResponse<byte[]> plain = http.bytes(HttpRequest.newBuilder(http.uri(resource)));
            assertEquals(200, second.statusCode(), resource);
            byte[] a = "gzip".equals(header(first, "Content-Encoding")) ? gunzip(first.body()) : first.body();
            byte[] b = "gzip".equals(header(second, "Content-Encoding")) ? gunzip(second.body()) : second.body();
            assertTrue(java.util.Arrays.equals(a, b), resource);
            assertTrue(
                    java.util.Arrays.equals(a, plain.body()),
                    "uncompressed for a browser that does not ask: " + resource);
            assertEquals("", header(plain, "Content-Encoding"), resource);
            assertEquals(header(first, "Content-Type"), header(second, "Content-Type"), resource);
            assertEquals(YEAR, header(second, "Cache-Control"), resource);
            assertEquals("nosniff", header(second, "X-Content-Type-Options"), resource);
        }
    }

    @Test
    void withoutAVersionAResourceIsAskedForAgainAndAMissingOneIsNotKept() {
        PortalHttp http = new PortalHttp(base);
        HttpResponse<byte[]> unversioned = gzipGet(http, "/jakarta.faces.resource/css/portal.css.xhtml");
        assertEquals(200, unversioned.statusCode());
        assertEquals("no-cache", header(unversioned, "Cache-Control"));
        HttpResponse<byte[]> favicon = gzipGet(http, "/resources/favicon.svg");
        assertEquals(200, favicon.statusCode());
        assertEquals("no-cache", header(favicon, "Cache-Control"));
        HttpResponse<byte[]> missing = gzipGet(http, "/jakarta.faces.resource/no-such.css.xhtml?v=0123456789ab");
        assertEquals(404, missing.statusCode());
        assertFalse(header(missing, "Cache-Control").contains("max-age=31536000"), header(missing, "Cache-Control"));
    }

    @Test
    void pagesWithPersonalDataAreCompressedButNeverStoredAndTheZipGoesOutAsItIs() {
        PortalHttp jan = new PortalHttp(base).login("jan.jansen", "Welkom-Jan-2026");
        for (String path : List.of("/customer/", "/customer/my-data.xhtml")) {
            HttpResponse<byte[]> page = gzipGet(jan, path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("gzip", header(page, "Content-Encoding"), path);
            assertTrue(header(page, "Cache-Control").contains("no-store"), path + ": " + header(page, "Cache-Control"));
            assertFalse(header(page, "Cache-Control").contains("public"), path);
            assertTrue(new String(gunzip(page.body()), StandardCharsets.UTF_8).contains("PV100231"), path);
        }
        HttpResponse<byte[]> zip = gzipGet(jan, "/api/me/export");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", header(zip, "Content-Type"));
        assertEquals("", header(zip, "Content-Encoding"), "a ZIP is not compressed again");
        assertEquals('P', zip.body()[0]);
        assertEquals('K', zip.body()[1]);
        assertTrue(header(zip, "Cache-Control").contains("no-store"), header(zip, "Cache-Control"));
    }
}
