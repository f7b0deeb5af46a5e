package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.desk.PrivacyDesk;
import nl.provalue.privacy.application.signin.AccountSecurityService;
import nl.provalue.privacy.application.signin.AccountSecurityService.LoginSummary;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.web.Pages;

/**
 * The login of an opened customer on the privacy desk: whether there is one and how it is used,
 * creating one (the customer chooses the password through an activation link) and sending a link
 * to choose a new password. Staff never see or set a password.
 */
@Named
@ViewScoped
public class CustomerLoginBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSecurityService security;

    @Inject
    PrivacyDesk desk;

    @Inject
    CurrentCaller caller;

    private long customerId;
    private LoginSummary login;
    private String username;

    /** Called by the page once the customer is known to be opened. */
    public void load(long customerId) {
        this.customerId = customerId;
        login = security.loginOfCustomer(customerId).orElse(null);
    }

    public void create() {
        if (!desk.isOpen(customerId)) {
            Pages.notFound();
            return;
        }
        String staff = caller.require(Role.STAFF, "Staff only").username();
        Optional<AccountSecurityService.LoginRefusal> refused =
                security.createCustomerLogin(customerId, username == null ? null : username.strip(), staff);
        if (refused.isPresent()) {
            Pages.error("login:username", "desk.login.refused." + refused.get().name());
            return;
        }
        username = null;
        load(customerId);
        Pages.info("desk.login.created");
    }

    public void sendLink() {
        if (!desk.isOpen(customerId)) {
            Pages.notFound();
            return;
        }
        String staff = caller.require(Role.STAFF, "Staff only").username();
        if (security.sendLinkToCustomer(customerId, staff)) {
            Pages.info("desk.login.linkSent");
        }
    }

    public LoginSummary getLogin() {
        return login;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String v) {
        username = v;
    }
}
