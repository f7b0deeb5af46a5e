package nl.provalue.privacy.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding 2: a request from another site is told apart by what the browser says about it. */
class RequestOriginTest {

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestOriginTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return headers.get((String) args[0]);
                    }
                    if (method.getName().equals("getServerName")) {
                        return "localhost";
                    }
                    if (method.getName().equals("getServerPort")) {
                        return 9443;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void finding2_thePortalsOwnPagesAreSameOrigin() {
        assertTrue(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "portal.provalue.nl", "Origin", "https://portal.provalue.nl"))));
        assertTrue(RequestOrigin.isSameOrigin(request(
                Map.of("Host", "localhost:9080", "Origin", "http://localhost:9080", "Sec-Fetch-Site", "same-origin"))));
        assertTrue(RequestOrigin.isSameOrigin(request(Map.of("Host", "localhost:9080"))), "scripts send no Origin");
    }

    @Test
    void finding2_anotherSiteIsRefused() {
        assertFalse(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "portal.provalue.nl", "Origin", "https://evil.example"))));
        assertFalse(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "portal.provalue.nl", "Origin", "https://portal.provalue.nl.evil.example"))));
        assertFalse(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "localhost:9080", "Origin", "http://localhost:9081"))));
        assertFalse(RequestOrigin.isSameOrigin(request(Map.of("Host", "portal.provalue.nl", "Origin", "null"))));
        assertFalse(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "portal.provalue.nl", "Sec-Fetch-Site", "cross-site"))));
        assertFalse(
                RequestOrigin.isSameOrigin(request(Map.of(
                        "Host",
                        "portal.provalue.nl",
                        "Sec-Fetch-Site",
                        "same-site",
                        "Origin",
                        "https://portal.provalue.nl"))),
                "a sister site of the same domain is another site too");
        assertFalse(RequestOrigin.isSameOrigin(
                request(Map.of("Host", "portal.provalue.nl", "Referer", "https://evil.example/page"))));
    }

    @Test
    void finding2_overHttp2TheHostComesFromTheAuthority() {
        assertTrue(RequestOrigin.isSameOrigin(
                request(Map.of("Origin", "https://localhost:9443", "Sec-Fetch-Site", "same-origin"))));
        assertFalse(RequestOrigin.isSameOrigin(request(Map.of("Origin", "https://evil.example"))));
    }
}
