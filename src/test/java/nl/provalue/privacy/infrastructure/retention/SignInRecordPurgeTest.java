package nl.provalue.privacy.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.provalue.privacy.domain.account.AccountToken;
import nl.provalue.privacy.domain.account.SignInAttempt;
import nl.provalue.privacy.domain.account.SignInClient;
import nl.provalue.privacy.domain.account.SignInName;
import nl.provalue.privacy.domain.account.SignInOutcome;
import nl.provalue.privacy.domain.account.SignInRecordRetention;
import nl.provalue.privacy.domain.account.SignInSession;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * P3: the sign-in records purge against the real migrations, on an in-memory H2 in the portal's
 * MariaDB mode (no container): its queries remove exactly the rows {@link SignInRecordRetention}
 * says are due, to the second, oldest first and no more than a batch holds.
 * {@code -Dpurge.db.url=jdbc:mariadb://127.0.0.1:3306/<empty database>} (with {@code purge.db.user},
 * {@code purge.db.password}) runs the same against MariaDB.
 */
class SignInRecordPurgeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final SignInClient CLIENT = new SignInClient("192.0.2.10", "Firefox on Linux");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static InMemoryDatabase db;
    private static long account;

    /** A stored row and whether the domain rule calls it due at a moment. */
    private record Row(Class<?> type, long id, Predicate<Instant> dueAt, String what) {}

    private final List<Row> rows = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        db = InMemoryDatabase.migrated(
                "purge.db",
                "signinpurge",
                SignInAttempt.class,
                SignInSession.class,
                AccountToken.class,
                OutgoingMail.class);
        account = db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO staff_member (full_name, email, created_at)"
                            + " VALUES ('Test Purge', 'purge@example.nl', CURRENT_TIMESTAMP)")
                    .executeUpdate();
            Number staff = (Number)
                    em.createNativeQuery("SELECT MAX(id) FROM staff_member").getSingleResult();
            em.createNativeQuery(
                            "INSERT INTO user_account (username, password_hash, role, staff_member_id, enabled, created_at)"
                                    + " VALUES ('purge.test', 'x', 'STAFF', ?1, TRUE, CURRENT_TIMESTAMP)")
                    .setParameter(1, staff.longValue())
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT id FROM user_account WHERE username = 'purge.test'")
                            .getSingleResult())
                    .longValue();
        });
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(em -> {
            for (String entity : List.of("SignInAttempt", "SignInSession", "AccountToken", "OutgoingMail")) {
                em.createQuery("delete from " + entity).executeUpdate();
            }
            return null;
        });
    }

    @Test
    void p3_thePurgeRemovesExactlyWhatTheDomainRuleSaysIsDue() {
        storeRowsAroundEveryBoundary();

        assertEquals(9, removeAll(NOW, 3), "the nine rows past their period");

        assertAgreesWithTheDomainRule(NOW);
        assertEquals(0, removeAll(NOW, 3), "a rerun finds nothing more");

        // A second later the rows exactly at their boundary are due as well.
        assertEquals(6, removeAll(NOW.plusSeconds(1), 3), "the six rows exactly at their boundary");
        assertAgreesWithTheDomainRule(NOW.plusSeconds(1));
    }

    @Test
    void p3_aBatchTakesTheOldestFirstAndNoMoreThanItsLimit() {
        Instant old = SignInRecordRetention.attemptCutoff(NOW).minus(Duration.ofDays(10));
        long newest = attempt(old.plusSeconds(40), "old, newest");
        long second = attempt(old.plusSeconds(10), "old, second");
        long oldest = attempt(old, "old, oldest");
        long session = session(old, old.plusSeconds(60), "old ended session");

        assertEquals(2, batch(NOW, 2));
        assertNull(find(SignInAttempt.class, oldest));
        assertNull(find(SignInAttempt.class, second));
        assertEquals(newest, find(SignInAttempt.class, newest).id());
        assertEquals(session, find(SignInSession.class, session).id());

        // A batch that empties one kind of record fills up from the next.
        assertEquals(2, batch(NOW, 5));
        assertNull(find(SignInAttempt.class, newest));
        assertNull(find(SignInSession.class, session));
        assertEquals(0, batch(NOW, 5));
    }

    @Test
    void p3_theRuleIsTheSignInRecordsRule() {
        assertEquals(RetentionRule.SIGN_IN_RECORDS, new SignInRecordPurge().rule());
        assertNull(new SignInRecordPurge().cutoff(NOW), "four periods, no single moment");
    }

    /** Six rows exactly at their boundary (kept at NOW), nine past it, and six not due for a long time. */
    private void storeRowsAroundEveryBoundary() {
        Instant attempts = SignInRecordRetention.attemptCutoff(NOW);
        attempt(attempts, "attempt exactly 180 days old");
        attempt(attempts.minusSeconds(1), "attempt a second older");
        attempt(attempts.minusNanos(1_000), "attempt a microsecond older");
        attempt(attempts.plusSeconds(1), "attempt a second younger");
        attempt(NOW.minus(Duration.ofDays(400)), "attempt of long ago");

        Instant sessions = SignInRecordRetention.sessionCutoff(NOW);
        session(sessions.minus(Duration.ofHours(1)), sessions, "session ended exactly 180 days ago");
        session(sessions.minus(Duration.ofHours(1)), sessions.minusSeconds(1), "session ended a second earlier");
        session(sessions.minusSeconds(1), null, "session never ended, last seen a second before");
        session(sessions.minus(Duration.ofDays(20)), sessions.plusSeconds(1), "session idle long, ended later");
        session(NOW.minusSeconds(60), null, "session open now");

        Instant links = SignInRecordRetention.linkCutoff(NOW);
        token(links.minus(AccountToken.VALID_FOR), null, "link expired exactly a day ago");
        token(links.minus(AccountToken.VALID_FOR).minusSeconds(1), null, "link expired a second earlier");
        token(links.minus(Duration.ofMinutes(10)), links.minusSeconds(1), "link used a day and a second ago");
        token(links.minus(Duration.ofMinutes(10)), links, "link used exactly a day ago");
        token(NOW.minus(Duration.ofMinutes(5)), null, "link that still works");

        Instant mails = SignInRecordRetention.mailCutoff(NOW);
        sentMail(mails, "mail sent exactly 30 days ago");
        sentMail(mails.minusSeconds(1), "mail sent a second earlier");
        givenUpMail(mails, "mail given up exactly 30 days ago");
        givenUpMail(mails.minusSeconds(1), "mail given up a second earlier");
        failingMail(NOW.minus(Duration.ofDays(90)), "old mail still being tried");
        sentMail(NOW.minus(Duration.ofDays(2)), "mail sent recently");
    }

    private void assertAgreesWithTheDomainRule(Instant now) {
        for (Row row : rows) {
            boolean kept = find(row.type(), row.id()) != null;
            assertEquals(
                    !row.dueAt().test(now), kept, row.what() + (kept ? " was kept" : " was removed") + " at " + now);
        }
    }

    private int removeAll(Instant now, int batch) {
        int total = 0;
        int removed;
        do {
            removed = batch(now, batch);
            total += removed;
        } while (removed > 0);
        return total;
    }

    /** One batch in its own transaction, as the retention service runs it. */
    private static int batch(Instant now, int limit) {
        return db.inTransaction(em -> purge(em).removeBatch(now, limit));
    }

    private long attempt(Instant at, String what) {
        SignInAttempt a =
                new SignInAttempt(at, new SignInName("jan.jansen"), account, CLIENT, SignInOutcome.WRONG_PASSWORD);
        return store(a, a::id, t -> SignInRecordRetention.isDue(a, t), what);
    }

    private long session(Instant lastSeen, Instant ended, String what) {
        SignInSession s = new SignInSession(account, CLIENT, lastSeen);
        if (ended != null) {
            s.end(SignInSession.EndReason.LOGGED_OUT, ended);
        }
        return store(s, s::id, t -> SignInRecordRetention.isDue(s, t), what);
    }

    private long token(Instant issued, Instant used, String what) {
        AccountToken token = AccountToken.issue(account, AccountToken.Purpose.PASSWORD_RESET, issued, RANDOM)
                .token();
        if (used != null) {
            token.use(used);
        }
        return store(token, token::id, t -> SignInRecordRetention.isDue(token, t), what);
    }

    private long sentMail(Instant sentAt, String what) {
        OutgoingMail mail = new OutgoingMail("jan@example.nl", "Uw wachtwoord", "Link", sentAt.minusSeconds(5));
        mail.markSent(sentAt);
        return store(mail, mail::id, t -> SignInRecordRetention.isMailDue(mail.finishedAt(), t), what);
    }

    private long givenUpMail(Instant lastAttempt, String what) {
        OutgoingMail mail =
                new OutgoingMail("jan@example.nl", "Uw wachtwoord", "Link", lastAttempt.minus(Duration.ofDays(1)));
        for (int i = 1; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("connection refused", lastAttempt.minus(Duration.ofHours(OutgoingMail.MAX_ATTEMPTS - i)));
        }
        mail.markFailed("connection refused", lastAttempt);
        return store(mail, mail::id, t -> SignInRecordRetention.isMailDue(mail.finishedAt(), t), what);
    }

    private long failingMail(Instant created, String what) {
        OutgoingMail mail = new OutgoingMail("jan@example.nl", "Uw wachtwoord", "Link", created);
        mail.markFailed("connection refused", created);
        return store(mail, mail::id, t -> SignInRecordRetention.isMailDue(mail.finishedAt(), t), what);
    }

    private <T> long store(T entity, Supplier<Long> id, Predicate<Instant> dueAt, String what) {
        db.inTransaction(em -> {
            em.persist(entity);
            return null;
        });
        rows.add(new Row(entity.getClass(), id.get(), dueAt, what));
        return id.get();
    }

    private static SignInRecordPurge purge(EntityManager em) {
        SignInRecordPurge purge = new SignInRecordPurge();
        purge.em = em;
        return purge;
    }

    private static <T> T find(Class<T> type, long id) {
        return db.inTransaction(em -> em.find(type, id));
    }
}
