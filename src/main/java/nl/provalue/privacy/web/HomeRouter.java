package nl.provalue.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The site root sends each person to their own home screen. */
@Named
@RequestScoped
public class HomeRouter {

    @Inject
    CurrentUserBean user;

    @Inject
    FacesContext faces;

    public void route() throws IOException {
        ExternalContext ctx = faces.getExternalContext();
        // Right after a second factor was set up, its recovery codes are shown (once) first.
        boolean newCodes = ctx.getSessionMap()
                .containsKey(
                        nl.provalue.privacy.infrastructure.security.PortalAuthenticationMechanism.NEW_RECOVERY_CODES);
        ctx.redirect(ctx.getRequestContextPath()
                + (newCodes && user.isLoggedIn() ? "/account/security.xhtml" : user.getHome()));
    }
}
