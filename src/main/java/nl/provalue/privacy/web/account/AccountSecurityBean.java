package nl.provalue.privacy.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.signin.AccountSecurityService;
import nl.provalue.privacy.application.signin.AccountSecurityService.HistoryLine;
import nl.provalue.privacy.application.signin.AccountSecurityService.OpenSession;
import nl.provalue.privacy.domain.account.PasswordVerdict;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.infrastructure.security.PortalAuthenticationMechanism;
import nl.provalue.privacy.infrastructure.security.QrCode;
import nl.provalue.privacy.infrastructure.security.SessionLogin;
import nl.provalue.privacy.web.Language;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;

/**
 * The person's own sign-in security: password, second factor, recovery codes, open sessions and
 * sign-in history. Every action takes the account from the session's login.
 */
@Named
@ViewScoped
public class AccountSecurityBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSecurityService security;

    @Inject
    Language language;

    private AccountSecurityService.Overview overview;
    private List<OpenSession> sessions;
    private List<String> recoveryCodes = List.of();
    private String pendingSecret;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String code;
    private HistoryModel history;

    public void load() {
        SessionLogin login = SignedIn.login();
        overview = security.overview(login.accountId());
        sessions = security.openSessions(login.accountId());
        history = new HistoryModel(security, login.accountId());
        HttpSession session = SignedIn.session();
        Object fresh = session.getAttribute(PortalAuthenticationMechanism.NEW_RECOVERY_CODES);
        if (fresh instanceof List<?> codes) {
            recoveryCodes = codes.stream().map(String::valueOf).toList();
            session.removeAttribute(PortalAuthenticationMechanism.NEW_RECOVERY_CODES);
        }
    }

    public void changePassword() {
        SessionLogin login = SignedIn.login();
        if (currentPassword == null || currentPassword.isEmpty()) {
            Pages.error("security:currentPassword", "security.password.currentRequired");
            return;
        }
        if (newPassword == null || newPassword.isEmpty()) {
            Pages.error("security:newPassword", "security.password.newRequired");
            return;
        }
        if (!newPassword.equals(repeatPassword)) {
            Pages.error("security:repeatPassword", "security.password.mismatch");
            return;
        }
        AccountSecurityService.PasswordResult result = security.changePassword(
                login.accountId(),
                login.sessionId(),
                currentPassword.toCharArray(),
                newPassword,
                language.getLocale(),
                client());
        if (result.throttledUntil() != null) {
            Pages.error("security:currentPassword", "security.throttled", Pages.moment(result.throttledUntil()));
        } else if (result.wrongCurrentPassword()) {
            Pages.error("security:currentPassword", "security.password.wrongCurrent");
        } else if (!result.changed()) {
            showVerdict("security:newPassword", result.verdict());
        } else {
            Pages.info("security.password.changed");
            currentPassword = newPassword = repeatPassword = null;
            sessions = security.openSessions(login.accountId());
        }
    }

    static void showVerdict(String clientId, PasswordVerdict verdict) {
        verdict.problems().forEach(p -> Pages.error(clientId, "password.problem." + p.name()));
        verdict.warning().ifPresent(w -> Pages.error(clientId, "password.feedback", w));
        verdict.suggestions().forEach(s -> Pages.error(clientId, "password.feedback", s));
    }

    public void startSecondFactor() {
        pendingSecret = security.newSecret().base32();
    }

    /** No code typed: asked for, not counted as a wrong one. */
    private boolean codeMissing() {
        if (code == null || code.isBlank()) {
            Pages.error("security:code", "security.code.required");
            return true;
        }
        return false;
    }

    public void confirmSecondFactor() {
        if (codeMissing()) {
            return;
        }
        SessionLogin login = SignedIn.login();
        Optional<List<String>> codes = pendingSecret == null
                ? Optional.empty()
                : security.enableSecondFactor(login.accountId(), TotpSecret.fromBase32(pendingSecret), code, client());
        if (codes.isEmpty()) {
            Pages.error("security:code", "security.code.wrong");
            return;
        }
        recoveryCodes = codes.get();
        pendingSecret = null;
        code = null;
        overview = security.overview(login.accountId());
        Pages.info("security.secondFactor.enabled");
    }

    public void disableSecondFactor() {
        if (codeMissing()) {
            return;
        }
        SessionLogin login = SignedIn.login();
        if (!security.disableSecondFactor(login.accountId(), code, client())) {
            Pages.error("security:code", "security.code.wrong");
            return;
        }
        code = null;
        recoveryCodes = List.of();
        overview = security.overview(login.accountId());
        Pages.info("security.secondFactor.disabled");
    }

    public void newRecoveryCodes() {
        if (codeMissing()) {
            return;
        }
        SessionLogin login = SignedIn.login();
        Optional<List<String>> codes = security.newRecoveryCodes(login.accountId(), code, client());
        if (codes.isEmpty()) {
            Pages.error("security:code", "security.code.wrong");
            return;
        }
        recoveryCodes = codes.get();
        code = null;
        overview = security.overview(login.accountId());
        Pages.info("security.recovery.renewed");
    }

    public void endSession(long sessionId) {
        SessionLogin login = SignedIn.login();
        if (sessionId == login.sessionId() || !security.endSession(login.accountId(), sessionId)) {
            Pages.notFound();
            return;
        }
        sessions = security.openSessions(login.accountId());
        Pages.info("security.sessions.ended");
    }

    public void endOtherSessions() {
        SessionLogin login = SignedIn.login();
        int n = security.endOtherSessions(login.accountId(), login.sessionId());
        sessions = security.openSessions(login.accountId());
        Pages.info("security.sessions.endedOthers", n);
    }

    /** Where this request comes from, as sign-in records note it. */
    private static SignInClient client() {
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequest();
        return SignInClient.of(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    public boolean isCurrent(OpenSession s) {
        return s.id() == SignedIn.login().sessionId();
    }

    public String getQrCode() {
        if (pendingSecret == null) {
            return "";
        }
        return QrCode.svg(
                TotpSecret.fromBase32(pendingSecret).otpauthUri(SignInStepBean.ISSUER, overview.username()),
                Pages.text("enrol.qrLabel"));
    }

    public String getPendingSecretGrouped() {
        return pendingSecret == null ? "" : TotpSecret.fromBase32(pendingSecret).grouped();
    }

    public boolean isSettingUp() {
        return pendingSecret != null;
    }

    public AccountSecurityService.Overview getOverview() {
        return overview;
    }

    public List<OpenSession> getSessions() {
        return sessions;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public HistoryModel getHistory() {
        return history;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String v) {
        currentPassword = v;
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

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    /** The sign-in history, a page at a time, newest first. */
    public static class HistoryModel extends PagedModel<HistoryLine> {
        private static final long serialVersionUID = 1L;
        private final AccountSecurityService service;
        private final long accountId;

        HistoryModel(AccountSecurityService service, long accountId) {
            this.service = service;
            this.accountId = accountId;
        }

        @Override
        protected long total() {
            return service.historySize(accountId);
        }

        @Override
        protected List<HistoryLine> page(int first, int size) {
            return service.history(accountId, first, size);
        }

        @Override
        protected long idOf(HistoryLine row) {
            return row.id();
        }
    }
}
