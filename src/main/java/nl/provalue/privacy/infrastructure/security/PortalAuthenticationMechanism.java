package nl.provalue.privacy.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Cookie;

import nl.provalue.privacy.domain.account.Role;

/**
 * Standard form login: a POST of {@code j_username} and {@code j_password} to
 * {@code /j_security_check} logs in, so browsers, scripts and tests all log in the same way.
 * A protected page asked for without a login leads to the login page and, after logging in,
 * back to that page; a login straight from the login page leads to the person's home screen.
 * Which pages need which role is declared in web.xml.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({Role.CUSTOMER_NAME, Role.STAFF_NAME})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String LOGIN_ACTION = "/j_security_check";
    /**
     * The page asked for before login. Liberty's handling of {@code j_security_check} sends the
     * browser back to the URL in this cookie after a successful login (only on this host), and to
     * the site root when there is none.
     */
    static final String SAVED_TARGET = "WASReqURL";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (LOGIN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
            return login(request, context);
        }
        if (context.isProtected() && context.getCallerPrincipal() == null) {
            if ("GET".equals(request.getMethod())) {
                response.addCookie(returnCookie(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (username == null || password == null || username.isBlank()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=true");
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=true");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static Cookie returnCookie(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        Cookie cookie = new Cookie(SAVED_TARGET, url.toString());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        return cookie;
    }
}
