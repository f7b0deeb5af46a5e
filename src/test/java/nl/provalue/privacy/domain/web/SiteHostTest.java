package nl.provalue.privacy.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P3, P6: which website a host name means, for the upload and the log lines alike. */
class SiteHostTest {

    @Test
    void aWebsiteServesItsNameWithAndWithoutWww() {
        assertTrue(SiteHost.serves("www.example.nl", "example.nl"));
        assertTrue(SiteHost.serves("example.nl", "www.example.nl"));
        assertTrue(SiteHost.serves("www.example.nl", "WWW.Example.NL:443"));
        assertTrue(SiteHost.serves("example.nl", "example.nl."));
        assertFalse(SiteHost.serves("example.nl", "shop.example.nl"));
        assertFalse(SiteHost.serves("www.example.nl", "wwwexample.nl"));
        assertFalse(SiteHost.serves("example.nl", "example.nl.evil.com"));
    }

    @Test
    void theNameAsGivenIsLookedUpFirst() {
        assertEquals(List.of("example.nl", "www.example.nl"), SiteHost.storedNames("example.nl"));
        assertEquals(List.of("www.example.nl", "example.nl"), SiteHost.storedNames("WWW.example.nl"));
        assertEquals(List.of("www.example.nl", "example.nl"), SiteHost.storedNames("www.example.nl:443"));
        assertEquals(List.of("example.nl", "www.example.nl"), SiteHost.storedNames("example.nl:8080"));
        assertEquals("[2001:db8::1]", SiteHost.bare("[2001:db8::1]:443"));
        assertEquals("2001:db8::1", SiteHost.bare("2001:db8::1"), "a bare IPv6 address has no port to lose");
    }

    /** The repository's look-up, over a map standing for the website table. */
    private static Optional<Website> find(Map<String, Website> stored, String host) {
        WebsiteRepository repository = (WebsiteRepository) java.lang.reflect.Proxy.newProxyInstance(
                WebsiteRepository.class.getClassLoader(),
                new Class<?>[] {WebsiteRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findByHostname")) {
                        return Optional.ofNullable(stored.get((String) args[0]));
                    }
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return repository.findServing(host);
    }

    @Test
    void siteExampleNlFindsTheWebsiteStoredAsWwwExampleNl() {
        Website www = new Website(null, "www.example.nl", "Basis", 1L << 30, java.time.Instant.EPOCH);
        assertEquals(Optional.of(www), find(Map.of("www.example.nl", www), "example.nl"));
        assertEquals(Optional.of(www), find(Map.of("www.example.nl", www), "www.example.nl"));
        assertEquals(Optional.empty(), find(Map.of("www.example.nl", www), "shop.example.nl"));
    }

    @Test
    void whereBothNamesAreWebsitesOfTheirOwnTheExactOneWins() {
        Website bare = new Website(null, "example.nl", "Basis", 1L << 30, java.time.Instant.EPOCH);
        Website www = new Website(null, "www.example.nl", "Basis", 1L << 30, java.time.Instant.EPOCH);
        Map<String, Website> both = Map.of("example.nl", bare, "www.example.nl", www);
        assertEquals(Optional.of(bare), find(both, "example.nl"));
        assertEquals(Optional.of(www), find(both, "www.example.nl"));
    }
}
