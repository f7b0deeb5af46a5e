package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import org.junit.jupiter.api.Test;

/**
 * P3: sign-in records are technical logs kept for internal operations (and the account's
 * security): attempts and sessions 180 days, one-time links a day after they stopped working, the
 * portal's own e-mails 30 days after they were sent or given up.
 */
class SignInRecordRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final SignInClient CLIENT = new SignInClient("192.0.2.10", "Firefox on Linux");

    @Test
    void p3_periods() {
        assertEquals(Duration.ofDays(180), SignInRecordRetention.ATTEMPTS);
        assertEquals(Duration.ofDays(180), SignInRecordRetention.SESSIONS);
        assertEquals(Duration.ofDays(1), SignInRecordRetention.LINKS);
        assertEquals(Duration.ofDays(30), SignInRecordRetention.SENT_MAIL);
    }

    @Test
    void p3_attemptBoundaryToTheSecond() {
        Instant exactly = NOW.minus(Duration.ofDays(180));
        assertEquals(exactly, SignInRecordRetention.attemptCutoff(NOW));
        assertFalse(SignInRecordRetention.isAttemptDue(exactly, NOW), "exactly 180 days old stays");
        assertTrue(SignInRecordRetention.isAttemptDue(exactly.minusSeconds(1), NOW), "a second older goes");
        assertFalse(SignInRecordRetention.isAttemptDue(exactly.plusSeconds(1), NOW));

        SignInAttempt attempt =
                new SignInAttempt(exactly, new SignInName("jan.jansen"), 7L, CLIENT, SignInOutcome.WRONG_PASSWORD);
        assertFalse(SignInRecordRetention.isDue(attempt, NOW));
        assertTrue(SignInRecordRetention.isDue(attempt, NOW.plusSeconds(1)));
    }

    @Test
    void p3_sessionBoundaryCountsFromWhenItEnded() {
        Instant exactly = NOW.minus(Duration.ofDays(180));
        assertEquals(exactly, SignInRecordRetention.sessionCutoff(NOW));
        Instant started = exactly.minus(Duration.ofHours(2));
        SignInSession session = new SignInSession(7L, CLIENT, started);
        session.touch(exactly.minus(Duration.ofMinutes(40)));
        session.end(SignInSession.EndReason.LOGGED_OUT, exactly);

        assertFalse(SignInRecordRetention.isDue(session, NOW), "ended exactly 180 days ago: stays");
        assertTrue(SignInRecordRetention.isDue(session, NOW.plusSeconds(1)), "a second later it goes");
        assertTrue(SignInRecordRetention.isSessionDue(exactly.minusSeconds(5), exactly.minusSeconds(1), NOW));
    }

    @Test
    void p3_aSessionThatNeverEndedCountsFromWhenItWasLastSeen() {
        Instant exactly = NOW.minus(Duration.ofDays(180));
        assertFalse(SignInRecordRetention.isSessionDue(exactly, null, NOW));
        assertTrue(SignInRecordRetention.isSessionDue(exactly.minusSeconds(1), null, NOW));

        SignInSession idle = new SignInSession(7L, CLIENT, exactly.minusSeconds(1));
        assertTrue(SignInRecordRetention.isDue(idle, NOW));
        assertFalse(SignInRecordRetention.isDue(idle, NOW.minusSeconds(1)));
    }

    @Test
    void p3_aSessionIsKeptUntilTheLaterOfLastSeenAndEnded() {
        Instant cutoff = SignInRecordRetention.sessionCutoff(NOW);
        // Last seen long ago, but ended (found idle) only recently: kept until 180 days after the end.
        assertFalse(SignInRecordRetention.isSessionDue(cutoff.minus(Duration.ofDays(30)), cutoff.plusSeconds(1), NOW));
        // An odd row that ended before it was last seen: the later moment counts.
        assertFalse(SignInRecordRetention.isSessionDue(cutoff, cutoff.minus(Duration.ofDays(1)), NOW));
        assertTrue(SignInRecordRetention.isSessionDue(cutoff.minusSeconds(1), cutoff.minus(Duration.ofDays(1)), NOW));
    }

    @Test
    void p3_aLinkGoesADayAfterItExpired() {
        Instant cutoff = NOW.minus(Duration.ofDays(1));
        assertEquals(cutoff, SignInRecordRetention.linkCutoff(NOW));
        AccountToken unused = AccountToken.issue(
                        7L,
                        AccountToken.Purpose.PASSWORD_RESET,
                        cutoff.minus(AccountToken.VALID_FOR),
                        new SecureRandom())
                .token();
        assertEquals(cutoff, unused.expiresAt());

        assertFalse(SignInRecordRetention.isDue(unused, NOW), "expired exactly a day ago: stays");
        assertTrue(SignInRecordRetention.isDue(unused, NOW.plusSeconds(1)), "a second later it goes");
        assertTrue(SignInRecordRetention.isLinkDue(cutoff.minusSeconds(1), null, NOW));
    }

    @Test
    void p3_aUsedLinkGoesADayAfterItWasUsed() {
        Instant cutoff = NOW.minus(Duration.ofDays(1));
        AccountToken used = AccountToken.issue(
                        7L, AccountToken.Purpose.ACTIVATION, cutoff.minus(Duration.ofMinutes(10)), new SecureRandom())
                .token();
        used.use(cutoff);
        assertTrue(used.expiresAt().isAfter(cutoff), "it would still have worked for 20 minutes");

        assertFalse(SignInRecordRetention.isDue(used, NOW), "used exactly a day ago: stays");
        assertTrue(
                SignInRecordRetention.isDue(used, NOW.plusSeconds(1)),
                "a second later it goes, before it would have expired");

        AccountToken withdrawn = AccountToken.issue(
                        7L,
                        AccountToken.Purpose.PASSWORD_RESET,
                        cutoff.minus(Duration.ofMinutes(5)),
                        new SecureRandom())
                .token();
        withdrawn.withdraw(cutoff.minusSeconds(1));
        assertTrue(SignInRecordRetention.isDue(withdrawn, NOW), "replaced by a newer link a day and a second ago");
    }

    @Test
    void p3_aLinkThatStillWorksIsNeverDue() {
        AccountToken fresh = AccountToken.issue(7L, AccountToken.Purpose.PASSWORD_RESET, NOW, new SecureRandom())
                .token();
        assertTrue(fresh.isUsableAt(NOW));
        assertFalse(SignInRecordRetention.isDue(fresh, NOW));
        assertFalse(SignInRecordRetention.isDue(fresh, NOW.plus(AccountToken.VALID_FOR)));
    }

    @Test
    void p3_aSentMailGoesThirtyDaysAfterSending() {
        Instant cutoff = NOW.minus(Duration.ofDays(30));
        assertEquals(cutoff, SignInRecordRetention.mailCutoff(NOW));
        OutgoingMail mail = new OutgoingMail("jan@example.nl", "Uw wachtwoord", "Link", cutoff.minusSeconds(30));
        mail.markSent(cutoff);

        assertFalse(SignInRecordRetention.isMailDue(mail.finishedAt(), NOW), "sent exactly 30 days ago: stays");
        assertTrue(SignInRecordRetention.isMailDue(mail.finishedAt(), NOW.plusSeconds(1)), "a second later it goes");
    }

    @Test
    void p3_aGivenUpMailGoesThirtyDaysAfterTheLastAttempt() {
        Instant cutoff = NOW.minus(Duration.ofDays(30));
        OutgoingMail mail =
                new OutgoingMail("jan@example.nl", "Uw wachtwoord", "Link", cutoff.minus(Duration.ofDays(1)));
        for (int i = 1; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("connection refused", cutoff.minus(Duration.ofHours(OutgoingMail.MAX_ATTEMPTS - i)));
        }
        assertFalse(
                SignInRecordRetention.isMailDue(mail.finishedAt(), NOW.plus(Duration.ofDays(365))),
                "still being tried: never due");
        mail.markFailed("connection refused", cutoff);

        assertFalse(SignInRecordRetention.isMailDue(mail.finishedAt(), NOW), "given up exactly 30 days ago: stays");
        assertTrue(SignInRecordRetention.isMailDue(mail.finishedAt(), NOW.plusSeconds(1)), "a second later it goes");
    }
}
