package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Versioned resource addresses, and which static resources may be kept for a year. */
class ResourceVersionTest {

    private static String version(String content) throws IOException {
        return VersionedResourceHandler.version(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theVersionFollowsTheContent() throws IOException {
        assertEquals(12, version("body { color: black }").length());
        assertEquals(version("body { color: black }"), version("body { color: black }"));
        assertNotEquals(version("body { color: black }"), version("body { color: navy }"));
    }

    @Test
    void theVersionIsAddedToTheAddress() {
        assertEquals(
                "/jakarta.faces.resource/css/portal.css.xhtml?v=0123456789ab",
                VersionedResourceHandler.withVersion("/jakarta.faces.resource/css/portal.css.xhtml", "0123456789ab"));
        assertEquals(
                "/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces&v=0123456789ab",
                VersionedResourceHandler.withVersion(
                        "/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "0123456789ab"));
        assertEquals(
                "/r.css.xhtml?ln=x&v=15.0.13",
                VersionedResourceHandler.withVersion("/r.css.xhtml?ln=x&v=15.0.13", "0123456789ab"),
                "a version is kept");
        assertEquals(
                "/r.css.xhtml", VersionedResourceHandler.withVersion("/r.css.xhtml", null), "no content, no version");
    }

    @Test
    void primeFacesLibrariesVersionThemselves() {
        assertTrue(VersionedResourceHandler.isPrimeFaces("primefaces"));
        assertTrue(VersionedResourceHandler.isPrimeFaces("primefaces-saga-blue"));
        assertFalse(VersionedResourceHandler.isPrimeFaces(null));
        assertFalse(VersionedResourceHandler.isPrimeFaces("jakarta.faces"));
    }

    @Test
    void onlyAnAddressWithAVersionIsKeptForAYear() {
        assertTrue(SecurityHeadersFilter.isVersioned("ln=primefaces&v=15.0.13"));
        assertTrue(SecurityHeadersFilter.isVersioned("v=0123456789ab"));
        assertFalse(SecurityHeadersFilter.isVersioned(null));
        assertFalse(SecurityHeadersFilter.isVersioned("ln=primefaces"));
        assertFalse(SecurityHeadersFilter.isVersioned("ln=primefaces&v="));
        assertFalse(SecurityHeadersFilter.isVersioned("ln=primefaces&xv=1"));
    }

    @Test
    void dynamicContentIsNeverCached() {
        assertTrue(SecurityHeadersFilter.isDynamicContent("ln=primefaces&v=15.0.13&pfdrid=abc&pfdrid_c=true"));
        assertFalse(SecurityHeadersFilter.isDynamicContent("ln=primefaces&v=15.0.13"));
    }
}
