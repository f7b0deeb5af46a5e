package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Which answers the resource cache compresses, and for which browsers. */
class ResourceCacheTest {

    @Test
    void gzipOnlyWhereTheBrowserAsksForIt() {
        assertTrue(ResourceCache.acceptsGzip("gzip, deflate, br"));
        assertTrue(ResourceCache.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(ResourceCache.acceptsGzip("*"));
        assertFalse(ResourceCache.acceptsGzip(null));
        assertFalse(ResourceCache.acceptsGzip(""));
        assertFalse(ResourceCache.acceptsGzip("br, deflate"));
        assertFalse(ResourceCache.acceptsGzip("gzip;q=0"), "q=0 means: not this one");
        assertFalse(ResourceCache.acceptsGzip("gzip; q=0.0, identity"));
        assertFalse(ResourceCache.acceptsGzip("x-gzipped"));
    }

    @Test
    void textIsCompressedImagesAreNot() {
        assertTrue(ResourceCache.compressible("text/css"));
        assertTrue(ResourceCache.compressible("application/x-javascript"));
        assertTrue(ResourceCache.compressible("application/javascript;charset=UTF-8"));
        assertTrue(ResourceCache.compressible("image/svg+xml"));
        assertFalse(ResourceCache.compressible("image/png"));
        assertFalse(ResourceCache.compressible("font/woff2"));
        assertFalse(ResourceCache.compressible(null));
    }

    @Test
    void theCompressedBytesAreTheSameContent() throws Exception {
        byte[] plain = "body { color: #1f2933; }\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] gz = ResourceCache.gzip(plain);
        assertTrue(gz.length < plain.length / 10, "repetitive text compresses well: " + gz.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void madeUpVersionsCannotFillTheMemory() {
        ResourceCache cache = new ResourceCache();
        byte[] small = new byte[100];
        for (int i = 0; i < 2 * ResourceCache.MAX_ENTRIES; i++) {
            cache.put(
                    "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces&v=" + i,
                    new ResourceCache.Entry("text/css", small, small));
        }
        assertTrue(cache.size() <= ResourceCache.MAX_ENTRIES, "entries: " + cache.size());
        assertTrue(
                cache.get("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces&v=0") == null,
                "the oldest went first");

        byte[] big = new byte[ResourceCache.MAX_ENTRY_BYTES];
        for (int i = 0; i < 40; i++) {
            cache.put("/big?v=" + i, new ResourceCache.Entry("text/css", big, null));
        }
        assertTrue(
                (long) cache.size() * ResourceCache.MAX_ENTRY_BYTES
                        <= ResourceCache.MAX_BYTES + ResourceCache.MAX_ENTRY_BYTES,
                "at most " + ResourceCache.MAX_BYTES + " bytes: " + cache.size() + " big entries");
    }
}
