package nl.provalue.privacy.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A redirect asked for during a request leaves only when the request is done (after the session
 * was written, where sessions are kept in the database), while the page sees it as sent.
 */
class SessionWriteFilterTest {

    @Test
    void aRedirectWaitsUntilTheRequestIsDone() throws Exception {
        List<String> events = new ArrayList<>();
        HttpServletResponse response = response(events);
        new SessionWriteFilter().doFilter(request(), response, (req, res) -> {
            HttpServletResponse page = (HttpServletResponse) res;
            page.sendRedirect("/staff/register.xhtml");
            events.add("committed as the page sees it: " + page.isCommitted());
            // Faces keeps its messages for the next page after it asked for the redirect.
            events.add("page done");
        });
        assertEquals(
                List.of("committed as the page sees it: true", "page done", "sendRedirect /staff/register.xhtml"),
                events);
    }

    @Test
    void aSecondRedirectIsRefusedAsOnAnyResponse() throws Exception {
        List<String> events = new ArrayList<>();
        new SessionWriteFilter().doFilter(request(), response(events), (req, res) -> {
            HttpServletResponse page = (HttpServletResponse) res;
            page.sendRedirect("/a");
            assertThrows(IllegalStateException.class, () -> page.sendRedirect("/b"));
        });
        assertEquals(List.of("sendRedirect /a"), events);
    }

    @Test
    void withoutARedirectNothingChanges() throws Exception {
        List<String> events = new ArrayList<>();
        new SessionWriteFilter().doFilter(request(), response(events), (req, res) -> events.add("page done"));
        assertEquals(List.of("page done"), events);
        assertTrue(events.stream().noneMatch(e -> e.startsWith("sendRedirect")));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(List<String> events) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "sendRedirect" -> {
                        events.add("sendRedirect " + args[0]);
                        yield null;
                    }
                    case "isCommitted" -> false;
                    case "resetBuffer" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
