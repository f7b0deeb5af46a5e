package nl.provalue.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;

/** Who is logged in, for the page layout (name, menu). */
@Named("user")
@RequestScoped
public class CurrentUserBean {

    @Inject
    CurrentCaller caller;

    public boolean isLoggedIn() {
        return caller.identity().isPresent();
    }

    public boolean isCustomer() {
        return caller.identity().map(i -> i.role() == Role.CUSTOMER).orElse(false);
    }

    public boolean isStaff() {
        return caller.identity().map(i -> i.role() == Role.STAFF).orElse(false);
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    /** Where "home" is for this person. */
    public String getHome() {
        return isStaff() ? "/staff/" : isCustomer() ? "/customer/" : "/login.xhtml";
    }
}
