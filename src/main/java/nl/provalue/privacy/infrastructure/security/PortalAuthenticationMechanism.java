package nl.provalue.privacy.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.Fault;
import nl.provalue.privacy.application.SignedInCaller;
import nl.provalue.privacy.application.apitoken.ApiTokens;
import nl.provalue.privacy.application.signin.SignInService;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.apitoken.ApiTokenSecret;

/**
 * Form login with an optional second step, and the session that follows it.
 *
 * <p>A POST of {@code j_username} and {@code j_password} to {@code /j_security_check} checks the
 * password; where a second factor applies, a POST of {@code j_code} follows from the code page (or
 * the set-up page for staff without one). Browsers, scripts and tests all sign in this way.
 *
 * <p>The login lives in the HTTP session and nowhere else: every successful step starts a new
 * session (the old one, with whatever another person left in it, is invalidated), and every
 * request checks that the {@code sign_in_session} it refers to is still open, so logout, the
 * 30-minute idle limit and "end this session" take effect at once, on every server. A sign-in
 * posted from another site (its {@code Origin}) is refused.
 *
 * <p>Under {@code /api}, the provider's own systems call with a key instead:
 * {@code Authorization: Bearer pvt_...} (RFC 6750). No session is made for such a call; the key's
 * scopes are the call's roles. A key that is unknown, revoked or expired answers 401, and a key in
 * the address (which ends up in logs) is refused with 400.
 */
@ApplicationScoped
@DeclareRoles({
    Role.CUSTOMER_NAME,
    Role.STAFF_NAME,
    Role.SYSTEM_NAME,
    ApiScope.LOG_IMPORT_ROLE,
    ApiScope.BACKUPS_ROLE,
    ApiScope.PROVISIONING_ROLE
})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    /** Seconds after which a request refused while the database is away may be tried again. */
    static final String RETRY_AFTER_SECONDS = "10";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CODE_PAGE = "/login-code.xhtml";
    static final String ENROL_PAGE = "/login-enrol.xhtml";
    static final String LOGIN_ACTION = "/j_security_check";
    /**
     * The page asked for before login. Liberty's handling of {@code j_security_check} sends the
     * browser back to the URL in this cookie after a successful login (only on this host), and to
     * the site root when there is none.
     */
    static final String SAVED_TARGET = "WASReqURL";
    /** Set once, right after a second factor was set up: the recovery codes to show one time. */
    public static final String NEW_RECOVERY_CODES = "nl.provalue.privacy.newRecoveryCodes";

    @Inject
    SignInService signIn;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Clock clock;

    /**
     * Every request passes here first and most look up their sign-in; while the database cannot
     * be reached the answer is 503 with {@code Retry-After} (a problem document under /api, the
     * "briefly unavailable" page elsewhere), never an error with internals.
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return decide(request, response, context);
        } catch (RuntimeException e) {
            if (Fault.of(e) != Fault.UNAVAILABLE) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable while checking a sign-in", e);
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus decide(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TransportPolicy transport = TransportPolicy.current();
        if (transport.mustUpgrade(request) && !plainHttpAllowed(request)) {
            return upgrade(request, response, context, transport);
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return context.doNothing();
        }
        String servletPath = request.getServletPath();
        boolean api = servletPath.equals("/api") || servletPath.startsWith("/api/");
        if (api) {
            if (ApiTokenSecret.appearsInQuery(request.getQueryString())) {
                return problem(
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "Key in the address",
                        "An API key is sent in the Authorization header, never in the address, where it ends up in"
                                + " logs. Revoke this key and make a new one.",
                        null);
            }
            String authorization = request.getHeader("Authorization");
            if (authorization != null) {
                return withKey(authorization, request, response, context);
            }
        }
        if (LOGIN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
            if (!RequestOrigin.isSameOrigin(request)) {
                return refuse(response, context);
            }
            return loginStep(request, context);
        }
        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
        if (login != null) {
            // A page shows the name in its header, so it is read with the check; the API never shows it.
            if (api) {
                if (signIn.stillSignedIn(login.sessionId())) {
                    return context.notifyContainerAboutLogin(
                            login.caller(), Set.of(login.role().name()));
                }
            } else {
                Optional<String> name = signIn.stillSignedIn(login.sessionId(), login.identity());
                if (name.isPresent()) {
                    return context.notifyContainerAboutLogin(
                            login.caller().named(name.get()),
                            Set.of(login.role().name()));
                }
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                response.addCookie(returnCookie(request, transport));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + (login != null ? "?expired=true" : ""));
        }
        return context.doNothing();
    }

    private AuthenticationStatus withKey(
            String authorization,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        String[] parts = authorization.split(" ", 2);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            return problem(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "The API takes a key as Authorization: Bearer.",
                    "Bearer");
        }
        Optional<SignedInCaller> system = apiTokens.authenticate(parts[1]);
        if (system.isEmpty()) {
            return problem(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "This key is unknown, revoked or expired.",
                    "Bearer error=\"invalid_token\"");
        }
        Set<String> roles = new java.util.HashSet<>();
        roles.add(Role.SYSTEM_NAME);
        system.get().scopes().forEach(scope -> roles.add(scope.roleName()));
        // Also for a call the container refuses for want of a scope, which is audited all the same.
        request.setAttribute(SignedInCaller.SYSTEM_CALLER, system.get());
        return context.notifyContainerAboutLogin(system.get(), roles);
    }

    /** Servlet paths that may answer over plain HTTP (web.xml; decoded and normalised, so no path tricks). */
    private static boolean plainHttpAllowed(HttpServletRequest request) {
        String path = request.getServletPath();
        String allowed = request.getServletContext().getInitParameter("nl.provalue.privacy.PLAIN_HTTP_PATHS");
        if (allowed == null) {
            return false;
        }
        for (String prefix : allowed.split(",")) {
            if (!prefix.isBlank() && path.startsWith(prefix.trim())) {
                return true;
            }
        }
        return false;
    }

    private AuthenticationStatus loginStep(HttpServletRequest request, HttpMessageContext context) {
        SignInClient client = SignInClient.of(request.getRemoteAddr(), request.getHeader("User-Agent"));
        String code = request.getParameter("j_code");
        if (code != null) {
            HttpSession session = request.getSession(false);
            PendingSignIn pending =
                    session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
            if (pending == null || pending.expiredAt(clock.instant())) {
                return context.redirect(request.getContextPath() + LOGIN_PAGE + "?expired=true");
            }
            SignInService.Step step = pending.enrolling()
                    ? signIn.enrol(pending.accountId(), TotpSecret.fromBase32(pending.enrolmentSecret()), code, client)
                    : signIn.code(pending.accountId(), code, client);
            return outcome(step, request, context, pending.enrolling() ? ENROL_PAGE : CODE_PAGE);
        }
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (username == null || password == null || username.isBlank()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=true");
        }
        return outcome(signIn.password(username, password.toCharArray(), client), request, context, LOGIN_PAGE);
    }

    private AuthenticationStatus outcome(
            SignInService.Step step, HttpServletRequest request, HttpMessageContext context, String page) {
        String root = request.getContextPath();
        if (step instanceof SignInService.Refused) {
            return context.redirect(root + page + "?error=true");
        }
        if (step instanceof SignInService.Throttled t) {
            return context.redirect(root + page + "?wait=" + t.until().getEpochSecond());
        }
        if (step instanceof SignInService.NeedsCode n) {
            HttpSession session = freshSession(request);
            session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(n.accountId(), null, clock.instant()));
            SessionStore.writeNow(session);
            return context.redirect(root + CODE_PAGE);
        }
        if (step instanceof SignInService.NeedsEnrolment n) {
            PendingSignIn pending =
                    new PendingSignIn(n.accountId(), signIn.newSecret().base32(), clock.instant());
            HttpSession session = freshSession(request);
            session.setAttribute(PendingSignIn.ATTRIBUTE, pending);
            SessionStore.writeNow(session);
            return context.redirect(root + ENROL_PAGE);
        }
        SignInService.SignedIn in = (SignInService.SignedIn) step;
        HttpSession session = freshSession(request);
        SessionLogin login = new SessionLogin(
                in.accountId(), in.username(), in.role(), in.sessionId(), in.customerId(), in.staffMemberId());
        session.setAttribute(SessionLogin.ATTRIBUTE, login);
        if (!in.recoveryCodes().isEmpty()) {
            session.setAttribute(NEW_RECOVERY_CODES, java.util.List.copyOf(in.recoveryCodes()));
        }
        SessionStore.writeNow(session);
        return context.notifyContainerAboutLogin(
                login.caller(), Set.of(in.role().name()));
    }

    /** Whatever the browser's session held before (another person's openings, a half sign-in) is gone. */
    private static HttpSession freshSession(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        return request.getSession(true);
    }

    private static AuthenticationStatus upgrade(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            TransportPolicy transport) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return context.redirect(transport.httpsUrl(request));
        }
        // A form or call sent over plain HTTP has already exposed itself; it is not carried out.
        return refuse(response, context);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (java.io.IOException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** An RFC 9457 answer from here, before any of the application's own error handling is reached. */
    private static AuthenticationStatus problem(
            HttpServletResponse response, int status, String title, String detail, String challenge) {
        response.setHeader("Cache-Control", "no-store");
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write(jakarta.json.Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", status)
                            .add("detail", detail)
                            .build()
                            .toString());
        } catch (java.io.IOException e) {
            // The client has gone; the status is set.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                return problem(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Service Unavailable",
                        "The service is briefly unavailable. Please try again shortly.",
                        null);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (java.io.IOException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Cookie returnCookie(HttpServletRequest request, TransportPolicy transport) {
        StringBuilder url = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        Cookie cookie = new Cookie(SAVED_TARGET, url.toString());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(transport.httpsOnly());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
