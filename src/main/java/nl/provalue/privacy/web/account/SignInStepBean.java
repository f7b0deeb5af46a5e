package nl.provalue.privacy.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import nl.provalue.privacy.application.AccountService;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.infrastructure.security.PendingSignIn;
import nl.provalue.privacy.infrastructure.security.QrCode;
import nl.provalue.privacy.web.Pages;

/** The second step of signing in: the code page, and the set-up page for staff without an app yet. */
@Named
@RequestScoped
public class SignInStepBean {

    static final String ISSUER = "Provalue";

    @Inject
    AccountService accounts;

    private PendingSignIn pending() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
    }

    /** Whether a sign-in is waiting for its second step (else the page says to start again). */
    public boolean isPending() {
        PendingSignIn p = pending();
        return p != null && !p.expiredAt(java.time.Instant.now());
    }

    public boolean isEnrolling() {
        PendingSignIn p = pending();
        return p != null && p.enrolling();
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getSecret() {
        PendingSignIn p = pending();
        return p == null || !p.enrolling()
                ? ""
                : TotpSecret.fromBase32(p.enrolmentSecret()).grouped();
    }

    /** The QR code of the secret as inline SVG (no image request, no script: CSP-safe). */
    public String getQrCode() {
        PendingSignIn p = pending();
        if (p == null || !p.enrolling()) {
            return "";
        }
        String username = accounts.usernameOf(p.accountId());
        return QrCode.svg(
                TotpSecret.fromBase32(p.enrolmentSecret()).otpauthUri(ISSUER, username), Pages.text("enrol.qrLabel"));
    }
}
