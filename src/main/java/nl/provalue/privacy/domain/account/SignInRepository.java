package nl.provalue.privacy.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in attempts, signed-in sessions, recovery codes and one-time links of accounts: the records
 * behind signing in. One store writes all of them.
 */
public interface SignInRepository {

    /** Failures since a moment, and the latest of them, for one key (a typed name or an address). */
    record FailureCount(int failures, Optional<Instant> lastFailure) {}

    void record(SignInAttempt attempt);

    FailureCount failuresByName(String nameKey, Instant since);

    FailureCount failuresByAddress(String address, Instant since);

    /** An account's attempts, newest first. */
    List<SignInAttempt> attemptsOf(long accountId, int first, int max);

    long countAttemptsOf(long accountId);

    SignInSession open(SignInSession session);

    Optional<SignInSession> session(long id);

    /** Sessions of the account that have not ended, newest first. */
    List<SignInSession> openSessionsOf(long accountId);

    void replaceRecoveryCodes(long accountId, List<RecoveryCode> codes);

    Optional<RecoveryCode> unusedRecoveryCode(long accountId, String codeHash);

    long unusedRecoveryCodes(long accountId);

    void add(AccountToken token);

    Optional<AccountToken> tokenByHash(String hash);

    /** Open tokens of an account and purpose, to withdraw them when a newer one is sent. */
    List<AccountToken> openTokens(long accountId, AccountToken.Purpose purpose);

    Optional<UserAccount> account(long id);

    /**
     * The account, locked until the transaction ends: sign-in steps of one account run one after
     * the other, so two requests with the same code, recovery code or parallel password guesses
     * cannot both pass before either is recorded.
     */
    Optional<UserAccount> lockedAccount(long id);
}
