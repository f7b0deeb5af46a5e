package nl.provalue.privacy.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.provalue.privacy.application.CallerLookup;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.application.notification.Mailer;
import nl.provalue.privacy.domain.account.LoginThrottle;
import nl.provalue.privacy.domain.account.PasswordHasher;
import nl.provalue.privacy.domain.account.RecoveryCode;
import nl.provalue.privacy.domain.account.RecoveryCodes;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.SignInAttempt;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.SignInName;
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
 * Signing in, in up to two steps: the password, then (staff always, customers who chose it) a code
 * from an authenticator app or a one-time recovery code. Every attempt is recorded; the
 * {@link LoginThrottle} decides from those records whether an attempt is checked at all, by typed
 * user name and by source address alike, so known and unknown names get the same answer. A
 * successful sign-in opens a {@link SignInSession}, which the HTTP session refers to.
 */
@RetriedOnConflict
@ApplicationScoped
public class SignInService {

    /** What became of a step. */
    public sealed interface Step permits Refused, Throttled, NeedsCode, NeedsEnrolment, SignedIn {}

    /** Wrong name, password or code: one answer for all. */
    public record Refused() implements Step {}

    /** Not checked: too many failures; try again at {@code until}. */
    public record Throttled(Instant until) implements Step {}

    /** The password was right; a code of the second factor must follow. */
    public record NeedsCode(long accountId) implements Step {}

    /** The password was right; staff without a second factor must set one up first. */
    public record NeedsEnrolment(long accountId, String username) implements Step {}

    /** Signed in; {@code recoveryCodes} is not empty right after setting up a second factor (shown once). */
    public record SignedIn(
            long accountId,
            String username,
            Role role,
            long sessionId,
            Long customerId,
            Long staffMemberId,
            List<String> recoveryCodes,
            boolean usedRecoveryCode)
            implements Step {}

    private static final Duration WINDOW = Duration.ofHours(1);

    private final PasswordHasher hasher = new PasswordHasher();
    /** Checked when the user name is unknown, so that a wrong name takes as long as a wrong password. */
    private final String decoyHash = hasher.hash("decoy-password".toCharArray());

    private final SecureRandom random = new SecureRandom();
    private final TotpVerifier totp = new TotpVerifier();

    @Inject
    UserAccountRepository accounts;

    @Inject
    CallerLookup callers;

    @Inject
    SignInRepository records;

    @Inject
    AuditRepository audit;

    @Inject
    Mailer mailer;

    @Inject
    SignInMails mails;

    @Inject
    Clock clock;

    /** First step: user name and password. */
    @Transactional
    public Step password(String typedName, char[] password, SignInClient client) {
        Instant now = clock.instant();
        SignInName name = new SignInName(typedName);
        Optional<UserAccount> found =
                name.username().flatMap(accounts::findByUsername).flatMap(a -> records.lockedAccount(a.id()));
        Long accountId = found.map(UserAccount::id).orElse(null);
        Optional<Step> throttledStep = throttledAttempt(name, accountId, client, now);
        if (throttledStep.isPresent()) {
            return throttledStep.get();
        }
        if (found.isEmpty() || password == null || password.length > 1024) {
            hasher.matches(password == null ? new char[0] : password, decoyHash);
            return fail(name, null, client, SignInOutcome.WRONG_PASSWORD, now);
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.passwordHash()) || !account.isOpenAt(now)) {
            return fail(name, account, client, SignInOutcome.WRONG_PASSWORD, now);
        }
        if (account.requiresSecondFactor()) {
            records.record(new SignInAttempt(now, name, account.id(), client, SignInOutcome.PASSWORD_ACCEPTED));
            return account.hasSecondFactor()
                    ? new NeedsCode(account.id())
                    : new NeedsEnrolment(account.id(), account.username());
        }
        return signIn(account, name, client, SignInOutcome.SIGNED_IN, List.of(), now);
    }

    /** Second step: a code of the authenticator app, or one of the recovery codes. */
    @Transactional
    public Step code(long accountId, String code, SignInClient client) {
        Instant now = clock.instant();
        Optional<UserAccount> locked = records.lockedAccount(accountId).filter(a -> a.isOpenAt(now));
        if (locked.isEmpty() || !locked.get().hasSecondFactor()) {
            // Disabled, or the second factor switched off, between the two steps.
            return new Refused();
        }
        UserAccount account = locked.get();
        SignInName name = new SignInName(account.username());
        Optional<Step> throttledStep = throttledAttempt(name, accountId, client, now);
        if (throttledStep.isPresent()) {
            return throttledStep.get();
        }
        TotpSecret secret = account.totpSecret().orElseThrow();
        OptionalLong step =
                code == null ? OptionalLong.empty() : totp.verify(secret, code, now, account.totpLastStep());
        if (step.isPresent()) {
            account.useTotpStep(step.getAsLong());
            return signIn(account, name, client, SignInOutcome.SIGNED_IN, List.of(), now);
        }
        if (code != null && RecoveryCodes.looksLikeRecoveryCode(code)) {
            Optional<RecoveryCode> recovery = records.unusedRecoveryCode(accountId, RecoveryCodes.hash(code));
            if (recovery.isPresent()) {
                recovery.get().use(now);
                mails.recoveryCodeUsed(account, records.unusedRecoveryCodes(accountId), client, now);
                return signIn(account, name, client, SignInOutcome.RECOVERY_CODE_USED, List.of(), now);
            }
        }
        return fail(name, account, client, SignInOutcome.WRONG_CODE, now);
    }

    /** A fresh secret for setting up a second factor (kept by the caller until it is confirmed). */
    public TotpSecret newSecret() {
        return TotpSecret.generate(random);
    }

    /**
     * Second step for staff without a second factor: the first code of the newly set-up app
     * confirms it; the recovery codes are created and returned once.
     */
    @Transactional
    public Step enrol(long accountId, TotpSecret secret, String code, SignInClient client) {
        Instant now = clock.instant();
        Optional<UserAccount> locked = records.lockedAccount(accountId).filter(a -> a.isOpenAt(now));
        if (locked.isEmpty() || locked.get().hasSecondFactor()) {
            // Disabled, or already set up (in another browser) between the two steps.
            return new Refused();
        }
        UserAccount account = locked.get();
        SignInName name = new SignInName(account.username());
        Optional<Step> throttledStep = throttledAttempt(name, accountId, client, now);
        if (throttledStep.isPresent()) {
            return throttledStep.get();
        }
        OptionalLong step = code == null ? OptionalLong.empty() : totp.verify(secret, code, now, null);
        if (step.isEmpty()) {
            return fail(name, account, client, SignInOutcome.WRONG_CODE, now);
        }
        account.enableSecondFactor(secret, step.getAsLong(), now);
        List<String> codes = newRecoveryCodes(account, now);
        audit.record(new AuditEvent(
                now,
                account.username(),
                account.role(),
                AuditAction.SECOND_FACTOR_CHANGED,
                customerOf(account),
                null,
                "second factor set up"));
        return signIn(account, name, client, SignInOutcome.SIGNED_IN, codes, now);
    }

    /**
     * For checks of a signed-in person's password or code (changing the password, the second
     * factor): when the account's name is throttled, so are they.
     */
    public Optional<Instant> throttledFor(UserAccount account, SignInClient client) {
        return throttled(new SignInName(account.username()), client, clock.instant());
    }

    /** A wrong password or code given on the security page counts like one given at sign-in. */
    public void recordFailure(UserAccount account, SignInClient client, SignInOutcome outcome) {
        Instant now = clock.instant();
        fail(new SignInName(account.username()), account, client, outcome, now);
    }

    /** Ten new recovery codes replace the old ones; only their hashes are kept. */
    public List<String> newRecoveryCodes(UserAccount account, Instant now) {
        List<String> codes = RecoveryCodes.generate(random);
        records.replaceRecoveryCodes(
                account.id(),
                codes.stream()
                        .map(c -> new RecoveryCode(account.id(), RecoveryCodes.hash(c), now))
                        .toList());
        return codes;
    }

    /**
     * Whether the signed-in session is still open (not ended, not idle for 30 minutes); records
     * activity at most once a minute. An idle session is ended here.
     */
    @Transactional
    public boolean stillSignedIn(long sessionId) {
        Instant now = clock.instant();
        Optional<SignInSession> session = records.session(sessionId);
        if (session.isEmpty() || session.get().endedAt() != null) {
            return false;
        }
        if (!session.get().isActiveAt(now)) {
            session.get().end(SignInSession.EndReason.IDLE, now);
            return false;
        }
        session.get().touch(now);
        return true;
    }

    /**
     * {@link #stillSignedIn(long)}, and when the session is still open the signed-in person's name
     * as it is now, read in the same transaction: every page shows it in its header, so a request
     * reads its sign-in and the name together. Empty when the session is no longer open.
     */
    @Transactional
    public Optional<String> stillSignedIn(long sessionId, CurrentCaller.Identity who) {
        if (!stillSignedIn(sessionId)) {
            return Optional.empty();
        }
        return Optional.of(callers.displayName(who).orElse(""));
    }

    /** Logout. */
    @Transactional
    public void signOut(long sessionId, String username, Role role) {
        Instant now = clock.instant();
        records.session(sessionId).ifPresent(s -> s.end(SignInSession.EndReason.LOGGED_OUT, now));
        audit.record(new AuditEvent(now, username, role, AuditAction.LOGOUT, null, null, null));
    }

    private Step signIn(
            UserAccount account,
            SignInName name,
            SignInClient client,
            SignInOutcome outcome,
            List<String> recoveryCodes,
            Instant now) {
        records.record(new SignInAttempt(now, name, account.id(), client, outcome));
        account.recordLogin(now);
        SignInSession session = records.open(new SignInSession(account.id(), client, now));
        audit.record(new AuditEvent(
                now, account.username(), account.role(), AuditAction.LOGIN, customerOf(account), null, null));
        return new SignedIn(
                account.id(),
                account.username(),
                account.role(),
                session.id(),
                customerOf(account),
                account.staffMember() == null ? null : account.staffMember().id(),
                recoveryCodes,
                outcome == SignInOutcome.RECOVERY_CODE_USED);
    }

    private Step fail(SignInName name, UserAccount account, SignInClient client, SignInOutcome outcome, Instant now) {
        boolean lockedBefore = decide(name, client, now).isUserNameLock();
        records.record(new SignInAttempt(now, name, account == null ? null : account.id(), client, outcome));
        LoginThrottle.Decision after = decide(name, client, now);
        if (account != null && after.isUserNameLock() && !lockedBefore) {
            mails.locked(account, after.refusedUntil().orElse(now), client, now);
        }
        return new Refused();
    }

    /** Refuses an attempt without checking it while the name or address is throttled, and records that. */
    private Optional<Step> throttledAttempt(SignInName name, Long accountId, SignInClient client, Instant now) {
        Optional<Instant> wait = throttled(name, client, now);
        wait.ifPresent(w -> records.record(new SignInAttempt(now, name, accountId, client, SignInOutcome.THROTTLED)));
        return wait.map(Throttled::new);
    }

    private Optional<Instant> throttled(SignInName name, SignInClient client, Instant now) {
        LoginThrottle.Decision decision = decide(name, client, now);
        return decision.isAllowed() ? Optional.empty() : decision.refusedUntil();
    }

    private LoginThrottle.Decision decide(SignInName name, SignInClient client, Instant now) {
        SignInRepository.FailureCount byName = records.failuresByName(name.key(), now.minus(WINDOW));
        SignInRepository.FailureCount byAddress = records.failuresByAddress(client.address(), now.minus(WINDOW));
        return LoginThrottle.decide(failures(byName), failures(byAddress), now);
    }

    private static LoginThrottle.Failures failures(SignInRepository.FailureCount count) {
        return count.failures() == 0 || count.lastFailure().isEmpty()
                ? LoginThrottle.Failures.none()
                : LoginThrottle.Failures.of(
                        count.failures(), count.lastFailure().get());
    }

    private static Long customerOf(UserAccount account) {
        return account.customer() == null ? null : account.customer().id();
    }
}
