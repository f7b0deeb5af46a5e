package nl.provalue.privacy.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.signin.SignInService;
import nl.provalue.privacy.domain.account.Role;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached, the check of a signed-in person's session fails: the
 * answer is 503 with Retry-After (a problem document under /api, the "briefly unavailable" page
 * elsewhere), never an error with internals. Other failures are not hidden.
 */
class DatabaseAwayTest {

    /** The sign-in check as it fails when the database is away. */
    static class Unreachable extends SignInService {
        private final RuntimeException failure;

        Unreachable(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public boolean stillSignedIn(long sessionId) {
            throw failure;
        }

        @Override
        public Optional<String> stillSignedIn(long sessionId, CurrentCaller.Identity who) {
            throw failure;
        }
    }

    /** What the mechanism did to the response. */
    static final class Answer {
        int status = 200;
        int error;
        final Map<String, String> headers = new HashMap<>();
        String contentType;
        final StringWriter body = new StringWriter();
    }

    private static AuthenticationStatus request(String path, RuntimeException failure, Answer answer) {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getAttribute" ->
                        SessionLogin.ATTRIBUTE.equals(a[0])
                                ? new SessionLogin(1, "jan.jansen", Role.CUSTOMER, 7, 42L, null)
                                : null;
                    default -> null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath", "getQueryString" -> "";
                    // The API's servlet is mapped to /api/*; a page's servlet path is its own.
                    case "getServletPath" -> path.startsWith("/api/") ? "/api" : path;
                    case "getMethod" -> "GET";
                    case "isSecure" -> true;
                    case "getSession" -> session;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) a[0];
                        case "sendError" -> answer.error = (Integer) a[0];
                        case "setHeader", "addHeader" -> answer.headers.put((String) a[0], (String) a[1]);
                        case "setContentType" -> answer.contentType = (String) a[0];
                        case "getWriter" -> {
                            return new PrintWriter(answer.body);
                        }
                        default -> {}
                    }
                    return null;
                });
        HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(
                HttpMessageContext.class.getClassLoader(),
                new Class<?>[] {HttpMessageContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "isProtected" -> true;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    default -> AuthenticationStatus.SUCCESS;
                });
        PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
        mechanism.signIn = new Unreachable(failure);
        return mechanism.validateRequest(request, response, context);
    }

    private static RuntimeException databaseAway() {
        return new IllegalStateException(
                "could not open a connection",
                new SQLTransientConnectionException("Connection refused: 127.0.0.1:3306"));
    }

    @Test
    void anApiCallAnswers503WithRetryAfterAndAProblemDocument() {
        Answer answer = new Answer();
        assertEquals(AuthenticationStatus.SEND_FAILURE, request("/api/me/mailboxes", databaseAway(), answer));
        assertEquals(503, answer.status);
        assertEquals(PortalAuthenticationMechanism.RETRY_AFTER_SECONDS, answer.headers.get("Retry-After"));
        assertEquals("no-store", answer.headers.get("Cache-Control"));
        assertEquals("application/problem+json", answer.contentType);
        String body = answer.body.toString();
        assertTrue(body.contains("\"status\":503") && !body.contains("3306") && !body.contains("SQL"), body);
    }

    @Test
    void aPageAnswers503WithRetryAfterThroughTheErrorPage() {
        Answer answer = new Answer();
        assertEquals(AuthenticationStatus.SEND_FAILURE, request("/customer/mail.xhtml", databaseAway(), answer));
        assertEquals(503, answer.error);
        assertEquals(PortalAuthenticationMechanism.RETRY_AFTER_SECONDS, answer.headers.get("Retry-After"));
    }

    @Test
    void aDefectIsNotPassedOffAsTheDatabase() {
        assertThrows(
                NullPointerException.class,
                () -> request("/customer/mail.xhtml", new NullPointerException(), new Answer()));
    }
}
