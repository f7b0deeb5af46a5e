package nl.provalue.privacy.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.infrastructure.security.SessionLogin;

/** The login of the current session: the only source of the account a security page acts on. */
final class SignedIn {

    private SignedIn() {}

    static SessionLogin login() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null && session.getAttribute(SessionLogin.ATTRIBUTE) instanceof SessionLogin login) {
            return login;
        }
        throw new AccessDeniedException("Not signed in");
    }

    static HttpSession session() {
        return (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    }
}
