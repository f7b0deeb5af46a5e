package nl.provalue.privacy.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import nl.provalue.privacy.application.signin.AccountSecurityService;
import nl.provalue.privacy.web.Language;
import nl.provalue.privacy.web.Pages;

/**
 * "Forgot password" and the page behind the one-time link (also the activation of a new account).
 * Asking for a link answers the same whether or not the address belongs to an account.
 */
@Named
@ViewScoped
public class PasswordResetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSecurityService security;

    @Inject
    Language language;

    private String email;
    private boolean requested;
    private String token;
    private String username;
    private String newPassword;
    private String repeatPassword;

    public void request() {
        if (email == null || email.isBlank() || email.length() > 254) {
            Pages.error("forgot:email", "forgot.email.required");
            return;
        }
        // Whether an account has the address stays unsaid; whether it is an address at all is not a secret.
        if (!nl.provalue.privacy.domain.customer.ContactRules.isEmailAddress(email.strip())) {
            Pages.error("forgot:email", "forgot.email.invalid");
            return;
        }
        security.requestPasswordReset(email.strip());
        requested = true;
    }

    /** The link's token is read once, when the page opens; a wrong or used one shows a message. */
    public void open() {
        username = token == null ? null : security.usernameForLink(token).orElse(null);
    }

    public void reset() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Pages.error("reset:repeatPassword", "security.password.mismatch");
            return;
        }
        Optional<AccountSecurityService.PasswordResult> result =
                security.resetPassword(token, newPassword, language.getLocale());
        if (result.isEmpty()) {
            username = null;
            return;
        }
        if (!result.get().changed()) {
            AccountSecurityBean.showVerdict("reset:newPassword", result.get().verdict());
            return;
        }
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        ctx.redirect(ctx.getRequestContextPath() + "/login.xhtml?reset=true");
    }

    public boolean isLinkValid() {
        return username != null;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String v) {
        token = v;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String v) {
        newPassword = v;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String v) {
        repeatPassword = v;
    }
}
