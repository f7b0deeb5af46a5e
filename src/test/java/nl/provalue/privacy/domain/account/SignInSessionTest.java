package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Finding 6: a session ends after 30 minutes without activity, not after 10 or 15. */
class SignInSessionTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private static SignInSession session() {
        return new SignInSession(
                1L, SignInClient.of("192.0.2.1", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0"), START);
    }

    @Test
    void finding6_aSessionLastsThirtyIdleMinutesToTheSecond() {
        SignInSession s = session();
        assertTrue(s.isActiveAt(START.plus(Duration.ofMinutes(15))));
        assertTrue(s.isActiveAt(START.plus(Duration.ofMinutes(30))));
        assertFalse(s.isActiveAt(START.plus(Duration.ofMinutes(30)).plusSeconds(1)));
    }

    @Test
    void activityMovesTheIdleLimitAndIsWrittenAtMostOnceAMinute() {
        SignInSession s = session();
        assertFalse(s.touch(START.plusSeconds(30)), "within the minute: nothing to write");
        assertTrue(s.touch(START.plus(Duration.ofMinutes(20))));
        assertTrue(s.isActiveAt(START.plus(Duration.ofMinutes(49))));
        assertFalse(s.isActiveAt(START.plus(Duration.ofMinutes(51))));
    }

    @Test
    void anEndedSessionStaysEndedWithItsFirstReason() {
        SignInSession s = session();
        s.end(SignInSession.EndReason.ENDED_BY_OWNER, START.plusSeconds(60));
        s.end(SignInSession.EndReason.LOGGED_OUT, START.plusSeconds(90));
        assertEquals(SignInSession.EndReason.ENDED_BY_OWNER, s.endReason());
        assertFalse(s.isActiveAt(START.plusSeconds(61)));
    }
}
