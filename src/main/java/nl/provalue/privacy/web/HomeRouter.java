package nl.provalue.privacy.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
        ctx.redirect(ctx.getRequestContextPath() + user.getHome());
    }
}
