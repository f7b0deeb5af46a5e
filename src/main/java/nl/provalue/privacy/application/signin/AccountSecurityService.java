package nl.provalue.privacy.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.domain.account.AccountToken;
import nl.provalue.privacy.domain.account.PasswordContext;
import nl.provalue.privacy.domain.account.PasswordHasher;
import nl.provalue.privacy.domain.account.PasswordPolicy;
import nl.provalue.privacy.domain.account.PasswordVerdict;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.SignInOutcome;
import nl.provalue.privacy.domain.account.SignInRepository;
import nl.provalue.privacy.domain.account.SignInSession;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.domain.account.TotpVerifier;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.audit.AuditRepository;

/**
 * What a person does with their own sign-in: change the password, set up or switch off the second
 * factor (customers; staff always have one), make new recovery codes, see their sign-in history and
 * open sessions and end the others; and, without being signed in, ask for a one-time link to choose
 * a new password. Every method acts on the account of the caller's own login: the web layer passes
 * the account id from the session, never from a request parameter.
 */
@ApplicationScoped
public class AccountSecurityService {

    /** A second reset mail for the same account is not sent within this time (no mail bombing). */
    static final Duration RESET_MAIL_INTERVAL = Duration.ofMinutes(2);

    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();
    private final TotpVerifier totp = new TotpVerifier();

    @Inject
    UserAccountRepository accounts;

    @Inject
    SignInRepository records;

    @Inject
    SignInService signIn;

    @Inject
    SignInMails mails;

    @Inject
    nl.provalue.privacy.domain.customer.CustomerRepository customers;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** The outcome of setting a password: accepted, or the policy's verdict, or a wrong current password. */
    public record PasswordResult(
            boolean changed, boolean wrongCurrentPassword, PasswordVerdict verdict, Instant throttledUntil) {

        PasswordResult(boolean changed, boolean wrongCurrentPassword, PasswordVerdict verdict) {
            this(changed, wrongCurrentPassword, verdict, null);
        }
    }

    /** A summary of the account's sign-in settings, for its security page. */
    public record Overview(
            String username,
            boolean staff,
            boolean secondFactor,
            Instant secondFactorSince,
            long recoveryCodesLeft,
            Instant passwordChangedAt)
            implements Serializable {}

    @Transactional
    public Overview overview(long accountId) {
        UserAccount a = account(accountId);
        return new Overview(
                a.username(),
                a.role() == nl.provalue.privacy.domain.account.Role.STAFF,
                a.hasSecondFactor(),
                a.totpEnabledAt(),
                records.unusedRecoveryCodes(accountId),
                a.passwordChangedAt());
    }

    /** Checks a candidate password against the policy, with the person's own words as context. */
    @Transactional
    public PasswordVerdict check(long accountId, String candidate, Locale locale) {
        return PasswordPolicy.check(candidate, context(account(accountId)), locale);
    }

    /**
     * A new password, confirmed by the current one. Every other session of the account ends (a
     * person who changes a password because of a leak wants the intruder out), and the owner is told
     * by e-mail.
     */
    @Transactional
    public PasswordResult changePassword(
            long accountId, long currentSessionId, char[] current, String next, Locale locale, SignInClient client) {
        UserAccount account = lockedAccount(accountId);
        Optional<Instant> wait = signIn.throttledFor(account, client);
        if (wait.isPresent()) {
            return new PasswordResult(false, false, null, wait.get());
        }
        if (current == null || current.length > 1024 || !hasher.matches(current, account.passwordHash())) {
            signIn.recordFailure(account, client, SignInOutcome.WRONG_PASSWORD);
            return new PasswordResult(false, true, null);
        }
        PasswordVerdict verdict = PasswordPolicy.check(next, context(account), locale);
        if (!verdict.accepted()) {
            return new PasswordResult(false, false, verdict);
        }
        Instant now = clock.instant();
        setPassword(account, next, now);
        endSessions(accountId, Optional.of(currentSessionId), SignInSession.EndReason.PASSWORD_CHANGED, now);
        return new PasswordResult(true, false, verdict);
    }

    /**
     * "Forgot password": a one-time link to every enabled account of this e-mail address. The
     * answer is the same whether or not an account has that address (the caller shows one text).
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.length() > 254 || !email.contains("@")) {
            return;
        }
        Instant now = clock.instant();
        for (UserAccount account : accounts.findByEmail(email.strip())) {
            if (!account.isOpenAt(now)) {
                continue;
            }
            List<AccountToken> open = records.openTokens(account.id(), AccountToken.Purpose.PASSWORD_RESET);
            if (open.stream()
                    .anyMatch(t -> t.isUsableAt(now)
                            && t.expiresAt().minus(AccountToken.VALID_FOR).isAfter(now.minus(RESET_MAIL_INTERVAL)))) {
                continue;
            }
            sendResetLink(account, now);
        }
    }

    /** A new reset link replaces any open one and is mailed to the account's own address. */
    private void sendResetLink(UserAccount account, Instant now) {
        records.openTokens(account.id(), AccountToken.Purpose.PASSWORD_RESET).forEach(t -> t.withdraw(now));
        AccountToken.Issued issued = AccountToken.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, now, random);
        records.add(issued.token());
        mails.resetLink(account, issued.secret(), issued.token().expiresAt());
    }

    /** The account a reset or activation link is for, while the link still works. */
    @Transactional
    public Optional<String> usernameForLink(String token) {
        return usableToken(token).flatMap(t -> records.account(t.accountId())).map(UserAccount::username);
    }

    /** Sets the password chosen through a one-time link; all sessions of the account end. */
    @Transactional
    public Optional<PasswordResult> resetPassword(String token, String next, Locale locale) {
        Optional<AccountToken> found = usableToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = account(found.get().accountId());
        PasswordVerdict verdict = PasswordPolicy.check(next, context(account), locale);
        if (!verdict.accepted()) {
            return Optional.of(new PasswordResult(false, false, verdict));
        }
        Instant now = clock.instant();
        found.get().use(now);
        setPassword(account, next, now);
        endSessions(account.id(), Optional.empty(), SignInSession.EndReason.PASSWORD_CHANGED, now);
        return Optional.of(new PasswordResult(true, false, verdict));
    }

    /**
     * A new account has no usable password until its owner chooses one through the activation
     * link sent here (valid {@link AccountToken#VALID_FOR}; staff can send a new one).
     */
    @Transactional
    public void sendActivationLink(long accountId) {
        UserAccount account = account(accountId);
        Instant now = clock.instant();
        records.openTokens(accountId, AccountToken.Purpose.ACTIVATION).forEach(t -> t.withdraw(now));
        AccountToken.Issued issued = AccountToken.issue(accountId, AccountToken.Purpose.ACTIVATION, now, random);
        records.add(issued.token());
        mails.activationLink(account, issued.secret(), issued.token().expiresAt());
    }

    /** What staff see of a customer's login: never the password, only whether and how it is used. */
    public record LoginSummary(String username, boolean activated, boolean secondFactor, Instant lastLoginAt)
            implements java.io.Serializable {}

    @Transactional
    public Optional<LoginSummary> loginOfCustomer(long customerId) {
        return accounts.findByCustomer(customerId)
                .map(a -> new LoginSummary(a.username(), a.isActivated(), a.hasSecondFactor(), a.lastLoginAt()));
    }

    /** Why a login could not be created. */
    public enum LoginRefusal {
        INVALID_USERNAME,
        USERNAME_TAKEN,
        ALREADY_HAS_LOGIN
    }

    /**
     * A login for a customer who has none, created by staff: it has no password until the
     * customer chooses one through the activation link mailed to their own address.
     */
    @Transactional
    public Optional<LoginRefusal> createCustomerLogin(long customerId, String username, String staffUsername) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            return Optional.of(LoginRefusal.INVALID_USERNAME);
        }
        if (accounts.findByCustomer(customerId).isPresent()) {
            return Optional.of(LoginRefusal.ALREADY_HAS_LOGIN);
        }
        if (accounts.findByUsername(username).isPresent()) {
            return Optional.of(LoginRefusal.USERNAME_TAKEN);
        }
        nl.provalue.privacy.domain.customer.Customer customer = customers
                .find(customerId)
                .orElseThrow(() -> new nl.provalue.privacy.domain.shared.NotFoundException("customer", customerId));
        Instant now = clock.instant();
        UserAccount account = accounts.add(UserAccount.forCustomer(username, UserAccount.NOT_ACTIVATED, customer, now));
        sendActivationLink(account.id());
        audit.record(new AuditEvent(
                now,
                staffUsername,
                nl.provalue.privacy.domain.account.Role.STAFF,
                AuditAction.LOGIN_CREATED,
                customerId,
                null,
                "login " + username + ", activation link sent"));
        return Optional.empty();
    }

    /**
     * Staff help a customer who cannot sign in: a new one-time link to the customer's own
     * address (activation while no password was chosen yet, else a password reset). Staff never
     * see or set a password.
     */
    @Transactional
    public boolean sendLinkToCustomer(long customerId, String staffUsername) {
        Optional<UserAccount> found = accounts.findByCustomer(customerId);
        if (found.isEmpty()) {
            return false;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.isActivated()) {
            sendActivationLink(account.id());
        } else {
            sendResetLink(account, now);
        }
        audit.record(new AuditEvent(
                now,
                staffUsername,
                nl.provalue.privacy.domain.account.Role.STAFF,
                AuditAction.PASSWORD_LINK_SENT,
                customerId,
                null,
                null));
        return true;
    }

    /** A secret for setting up an authenticator app; it takes effect only once a code confirms it. */
    public TotpSecret newSecret() {
        return signIn.newSecret();
    }

    /** Customers: switch the second factor on, confirmed by a first code; returns the recovery codes (shown once). */
    @Transactional
    public Optional<List<String>> enableSecondFactor(
            long accountId, TotpSecret secret, String code, SignInClient client) {
        UserAccount account = lockedAccount(accountId);
        if (account.hasSecondFactor() || signIn.throttledFor(account, client).isPresent()) {
            // Set up meanwhile (another tab), or too many wrong codes.
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = code == null ? OptionalLong.empty() : totp.verify(secret, code, now, null);
        if (step.isEmpty()) {
            signIn.recordFailure(account, client, SignInOutcome.WRONG_CODE);
            return Optional.empty();
        }
        account.enableSecondFactor(secret, step.getAsLong(), now);
        audit(account, AuditAction.SECOND_FACTOR_CHANGED, "second factor set up", now);
        return Optional.of(signIn.newRecoveryCodes(account, now));
    }

    /** Customers: switch the second factor off, confirmed by a current code. */
    @Transactional
    public boolean disableSecondFactor(long accountId, String code, SignInClient client) {
        UserAccount account = lockedAccount(accountId);
        if (account.role() == nl.provalue.privacy.domain.account.Role.STAFF) {
            throw new AccessDeniedException("Staff sign in with a second factor");
        }
        if (!confirmCode(account, code, client)) {
            return false;
        }
        Instant now = clock.instant();
        account.disableSecondFactor();
        records.replaceRecoveryCodes(accountId, List.of());
        audit(account, AuditAction.SECOND_FACTOR_CHANGED, "second factor switched off", now);
        return true;
    }

    /** Ten new recovery codes, confirmed by a current code; the old ones stop working. */
    @Transactional
    public Optional<List<String>> newRecoveryCodes(long accountId, String code, SignInClient client) {
        UserAccount account = lockedAccount(accountId);
        if (!account.hasSecondFactor() || !confirmCode(account, code, client)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        audit(account, AuditAction.SECOND_FACTOR_CHANGED, "new recovery codes", now);
        return Optional.of(signIn.newRecoveryCodes(account, now));
    }

    /** One line of a person's sign-in history. */
    public record HistoryLine(
            long id,
            Instant at,
            nl.provalue.privacy.domain.account.SignInOutcome outcome,
            String address,
            String browser)
            implements java.io.Serializable {}

    /** One open session of a person. */
    public record OpenSession(long id, Instant startedAt, Instant lastSeenAt, String address, String browser)
            implements java.io.Serializable {}

    @Transactional
    public List<HistoryLine> history(long accountId, int first, int max) {
        return records.attemptsOf(accountId, first, max).stream()
                .map(a -> new HistoryLine(a.id(), a.attemptedAt(), a.outcome(), a.sourceAddress(), a.browser()))
                .toList();
    }

    @Transactional
    public long historySize(long accountId) {
        return records.countAttemptsOf(accountId);
    }

    /** The account's sessions that are still open (idle ones have ended). */
    @Transactional
    public List<OpenSession> openSessions(long accountId) {
        Instant now = clock.instant();
        return records.openSessionsOf(accountId).stream()
                .filter(s -> s.isActiveAt(now))
                .map(s -> new OpenSession(s.id(), s.startedAt(), s.lastSeenAt(), s.sourceAddress(), s.browser()))
                .toList();
    }

    /** Ends one of the account's own sessions; another account's session is "not found". */
    @Transactional
    public boolean endSession(long accountId, long sessionId) {
        Optional<SignInSession> session = records.session(sessionId).filter(s -> s.accountId() == accountId);
        if (session.isEmpty() || session.get().endedAt() != null) {
            return false;
        }
        Instant now = clock.instant();
        session.get().end(SignInSession.EndReason.ENDED_BY_OWNER, now);
        audit(account(accountId), AuditAction.SESSION_ENDED, "session " + sessionId, now);
        return true;
    }

    /** Ends all other sessions of the account. */
    @Transactional
    public int endOtherSessions(long accountId, long currentSessionId) {
        Instant now = clock.instant();
        int n = endSessions(accountId, Optional.of(currentSessionId), SignInSession.EndReason.ENDED_BY_OWNER, now);
        if (n > 0) {
            audit(account(accountId), AuditAction.SESSION_ENDED, n + " other sessions", now);
        }
        return n;
    }

    private int endSessions(long accountId, Optional<Long> keep, SignInSession.EndReason reason, Instant now) {
        int n = 0;
        for (SignInSession s : records.openSessionsOf(accountId)) {
            if (keep.isEmpty() || !keep.get().equals(s.id())) {
                s.end(reason, now);
                n++;
            }
        }
        return n;
    }

    /** A current code of the account's app; wrong ones count towards the throttle like at sign-in. */
    private boolean confirmCode(UserAccount account, String code, SignInClient client) {
        Optional<TotpSecret> secret = account.totpSecret();
        if (secret.isEmpty() || signIn.throttledFor(account, client).isPresent()) {
            return false;
        }
        OptionalLong step = code == null
                ? OptionalLong.empty()
                : totp.verify(secret.get(), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            signIn.recordFailure(account, client, SignInOutcome.WRONG_CODE);
            return false;
        }
        account.useTotpStep(step.getAsLong());
        return true;
    }

    private void setPassword(UserAccount account, String next, Instant now) {
        account.changePassword(hasher.hash(next.toCharArray()), now);
        audit(account, AuditAction.PASSWORD_CHANGED, null, now);
        mails.passwordChanged(account, now);
    }

    private Optional<AccountToken> usableToken(String token) {
        if (!AccountToken.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // A link stops working when its account closes (P8: the customer left).
        return records.tokenByHash(AccountToken.hash(token))
                .filter(t -> t.isUsableAt(now))
                .filter(t -> records.account(t.accountId())
                        .filter(a -> a.isOpenAt(now))
                        .isPresent());
    }

    private UserAccount lockedAccount(long accountId) {
        return records.lockedAccount(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    private UserAccount account(long accountId) {
        return records.account(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    private static PasswordContext context(UserAccount account) {
        return new PasswordContext(account.username(), account.displayName(), account.email());
    }

    private void audit(UserAccount account, AuditAction action, String details, Instant now) {
        audit.record(new AuditEvent(
                now,
                account.username(),
                account.role(),
                action,
                account.customer() == null ? null : account.customer().id(),
                null,
                details));
    }
}
