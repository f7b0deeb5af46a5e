package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.account.AccountToken;
import nl.provalue.privacy.domain.account.RecoveryCode;
import nl.provalue.privacy.domain.account.SignInAttempt;
import nl.provalue.privacy.domain.account.SignInOutcome;
import nl.provalue.privacy.domain.account.SignInRepository;
import nl.provalue.privacy.domain.account.SignInSession;
import nl.provalue.privacy.domain.account.UserAccount;

/**
 * The one writer of sign_in_attempt, sign_in_session, recovery_code and account_token, apart from
 * the retention rule that deletes what is past its period (P3, {@code SignInRecordPurge}).
 */
@ApplicationScoped
public class JpaSignInRepository implements SignInRepository {

    private static final List<SignInOutcome> FAILURES = java.util.Arrays.stream(SignInOutcome.values())
            .filter(SignInOutcome::isFailure)
            .toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void record(SignInAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public FailureCount failuresByName(String nameKey, Instant since) {
        return failures("a.nameKey", nameKey, since);
    }

    @Override
    public FailureCount failuresByAddress(String address, Instant since) {
        return failures("a.sourceAddress", address, since);
    }

    /** One indexed range read: (key, attempted_at). */
    private FailureCount failures(String column, String value, Instant since) {
        Object[] row = em.createQuery(
                        "select count(a), max(a.attemptedAt) from SignInAttempt a where " + column
                                + " = :value and a.attemptedAt >= :since and a.outcome in :failures",
                        Object[].class)
                .setParameter("value", value)
                .setParameter("since", since)
                .setParameter("failures", FAILURES)
                .getSingleResult();
        return new FailureCount(((Number) row[0]).intValue(), Optional.ofNullable((Instant) row[1]));
    }

    @Override
    public List<SignInAttempt> attemptsOf(long accountId, int first, int max) {
        return em.createQuery(
                        "select a from SignInAttempt a where a.accountId = :account order by a.attemptedAt desc, a.id desc",
                        SignInAttempt.class)
                .setParameter("account", accountId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countAttemptsOf(long accountId) {
        return em.createQuery("select count(a) from SignInAttempt a where a.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public SignInSession open(SignInSession session) {
        em.persist(session);
        return session;
    }

    @Override
    public Optional<SignInSession> session(long id) {
        return Optional.ofNullable(em.find(SignInSession.class, id));
    }

    @Override
    public List<SignInSession> openSessionsOf(long accountId) {
        return em.createQuery(
                        "select s from SignInSession s where s.accountId = :account and s.endedAt is null"
                                + " order by s.lastSeenAt desc, s.id desc",
                        SignInSession.class)
                .setParameter("account", accountId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public void replaceRecoveryCodes(long accountId, List<RecoveryCode> codes) {
        em.createQuery("delete from RecoveryCode c where c.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
        codes.forEach(em::persist);
    }

    @Override
    public Optional<RecoveryCode> unusedRecoveryCode(long accountId, String codeHash) {
        return em.createQuery(
                        "select c from RecoveryCode c where c.accountId = :account and c.codeHash = :hash"
                                + " and c.usedAt is null",
                        RecoveryCode.class)
                .setParameter("account", accountId)
                .setParameter("hash", codeHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long unusedRecoveryCodes(long accountId) {
        return em.createQuery(
                        "select count(c) from RecoveryCode c where c.accountId = :account and c.usedAt is null",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccountToken> tokenByHash(String hash) {
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AccountToken> openTokens(long accountId, AccountToken.Purpose purpose) {
        return em.createQuery(
                        "select t from AccountToken t where t.accountId = :account and t.purpose = :purpose"
                                + " and t.usedAt is null",
                        AccountToken.class)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .getResultList();
    }

    @Override
    public Optional<UserAccount> lockedAccount(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<UserAccount> account(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }
}
