package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.domain.account.LoginThrottle.Decision;
import nl.provalue.privacy.domain.account.LoginThrottle.Failures;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T = Instant.parse("2027-01-14T13:20:00Z");
    private static final Failures NONE = Failures.none();

    private static Decision forName(int failures, Instant last, Instant now) {
        return LoginThrottle.decide(Failures.of(failures, last), NONE, now);
    }

    private static Decision forAddress(int failures, Instant last, Instant now) {
        return LoginThrottle.decide(NONE, Failures.of(failures, last), now);
    }

    @Test
    void allowsTheFirstFourFailuresWithoutWaiting() {
        for (int failures = 0; failures < 4; failures++) {
            assertTrue(forName(failures, failures == 0 ? null : T, T).isAllowed(), failures + " failures");
        }
        assertFalse(forName(4, T, T).isAllowed());
    }

    @Test
    void makesTheFifthAttemptWaitOneSecondToTheSecond() {
        assertEquals(Optional.of(T.plusSeconds(1)), forName(4, T, T).refusedUntil());
        assertFalse(forName(4, T, T.plusMillis(999)).isAllowed());
        assertTrue(forName(4, T, T.plusSeconds(1)).isAllowed());
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailure() {
        List<Long> waits = new ArrayList<>();
        for (int failures = 4; failures < 10; failures++) {
            Decision decision = forName(failures, T, T);
            assertFalse(decision.isLock(), "a wait, not a lock, after " + failures);
            waits.add(Duration.between(T, decision.refusedUntil().orElseThrow()).toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L), waits);
    }

    @Test
    void locksTheUserNameForFifteenMinutesFromTheTenthFailure() {
        Decision decision = forName(10, T, T.plusSeconds(1));
        assertTrue(decision.isLock());
        assertTrue(decision.isUserNameLock());
        assertFalse(decision.isAddressLock());
        assertEquals(Optional.of(T.plus(Duration.ofMinutes(15))), decision.refusedUntil());
    }

    @Test
    void liftsTheLockAfterFifteenMinutesToTheSecond() {
        assertFalse(
                forName(10, T, T.plus(Duration.ofMinutes(15)).minusSeconds(1)).isAllowed());
        assertTrue(forName(10, T, T.plus(Duration.ofMinutes(15))).isAllowed());
    }

    @Test
    void neverMakesAnyoneWaitLongerThanFifteenMinutes() {
        for (int failures = 0; failures <= 5000; failures++) {
            Duration nameWait = LoginThrottle.PER_USER_NAME.wait(failures);
            Duration addressWait = LoginThrottle.PER_ADDRESS.wait(failures);
            assertTrue(nameWait.compareTo(Duration.ofMinutes(15)) <= 0, failures + ": " + nameWait);
            assertTrue(addressWait.compareTo(Duration.ofMinutes(15)) <= 0, failures + ": " + addressWait);
        }
        assertEquals(
                Optional.of(T.plus(Duration.ofMinutes(15))), forName(1000, T, T).refusedUntil());
    }

    @Test
    void givesAnAddressTwentyFreeFailuresThenWaitsUpToAMinute() {
        assertTrue(forAddress(19, T, T).isAllowed());
        assertEquals(Optional.of(T.plusSeconds(1)), forAddress(20, T, T).refusedUntil());
        assertEquals(Optional.of(T.plusSeconds(32)), forAddress(25, T, T).refusedUntil());
        assertEquals(Optional.of(T.plusSeconds(60)), forAddress(26, T, T).refusedUntil());
        assertEquals(Optional.of(T.plusSeconds(60)), forAddress(49, T, T).refusedUntil());
        assertFalse(forAddress(49, T, T).isLock());
    }

    @Test
    void locksAnAddressAtFiftyFailuresWhateverTheUserName() {
        Failures address = Failures.of(50, T);
        for (Failures name : List.of(NONE, Failures.of(1, T.minusSeconds(600)), Failures.of(3, T))) {
            Decision decision = LoginThrottle.decide(name, address, T.plusSeconds(5));
            assertTrue(decision.isAddressLock(), name.toString());
            assertFalse(decision.isUserNameLock(), "the owner of the name is not told about an address lock");
            assertEquals(Optional.of(T.plus(Duration.ofMinutes(15))), decision.refusedUntil());
        }
        assertTrue(LoginThrottle.decide(NONE, address, T.plus(Duration.ofMinutes(15)))
                .isAllowed());
    }

    @Test
    void keepsTheUserNameLockWhenTheAddressIsClean() {
        Decision decision = LoginThrottle.decide(Failures.of(10, T), NONE, T.plusSeconds(1));
        assertTrue(decision.isUserNameLock());
        assertFalse(decision.isAllowed());
    }

    @Test
    void refusesUntilTheLaterOfBothWhenBothApply() {
        Decision decision = LoginThrottle.decide(Failures.of(5, T), Failures.of(50, T.minusSeconds(60)), T);
        assertEquals(Optional.of(T.plus(Duration.ofMinutes(14))), decision.refusedUntil());
        assertTrue(decision.isAddressLock());
        assertFalse(decision.isUserNameLock(), "two seconds' wait on the name is no lock");
    }

    @Test
    void treatsKnownAndUnknownUserNamesTheSame() {
        // The rule is told only what was typed and what happened; it cannot know whether
        // "jan.jansen" exists and "jan.jansenn" does not, so both histories get the same answer.
        Map<String, List<Instant>> failuresByName = new HashMap<>();
        for (String name : List.of("jan.jansen", "jan.jansenn")) {
            List<Instant> failures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Instant now = T.plusSeconds(i * 70L);
                if (LoginThrottle.decide(
                                Failures.of(
                                        failures.size(), failures.isEmpty() ? null : failures.get(failures.size() - 1)),
                                NONE,
                                now)
                        .isAllowed()) {
                    failures.add(now);
                }
            }
            failuresByName.put(LoginThrottle.userNameKey(name), failures);
        }
        assertEquals(failuresByName.get("jan.jansen"), failuresByName.get("jan.jansenn"));
        assertEquals(forName(10, T, T), forName(10, T, T));
    }

    @Test
    void countsEverySpellingThatReachesAnAccountUnderOneKey() {
        assertEquals("jan.jansen", LoginThrottle.userNameKey("  Jan.Jansen "));
        assertEquals(LoginThrottle.userNameKey("JAN.JANSEN"), LoginThrottle.userNameKey("jan.jansen"));
        assertEquals("", LoginThrottle.userNameKey(null));
    }

    @Test
    void countsAnIpv6AddressPerSlash64AndIpv4PerAddress() throws Exception {
        String a = LoginThrottle.addressKey(InetAddress.getByName("2001:db8:1:2::1"));
        String b = LoginThrottle.addressKey(InetAddress.getByName("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        String c = LoginThrottle.addressKey(InetAddress.getByName("2001:db8:1:3::1"));
        assertEquals("2001:db8:1:2::/64", a);
        assertEquals(a, b);
        assertFalse(a.equals(c));
        assertEquals("203.0.113.7", LoginThrottle.addressKey(InetAddress.getByName("203.0.113.7")));
    }

    @Test
    void needsTheTimeOfTheLastFailureWhenThereWereFailures() {
        assertThrows(IllegalArgumentException.class, () -> Failures.of(3, null));
        assertThrows(IllegalArgumentException.class, () -> Failures.of(-1, T));
    }

    /**
     * ASVS 4.0.3 V2.2.1: no more than 100 failed attempts per hour on one account. An attacker
     * with a fresh address for every attempt (so only the per-name schedule holds them back)
     * tries the very moment each attempt is allowed; every attempt fails. Counted here with its
     * own bookkeeping, independent of {@link LoginThrottle#maxFailuresPerHourPerAccount()}.
     */
    @Test
    void letsAnAttackerFailAtMostOneHundredTimesAnHourOnOneAccount() {
        List<Instant> failures = new ArrayList<>();
        Instant now = T;
        Instant end = T.plus(Duration.ofHours(6));
        while (now.isBefore(end)) {
            Instant hourAgo = now.minus(Duration.ofHours(1));
            List<Instant> lastHour =
                    failures.stream().filter(f -> f.isAfter(hourAgo)).toList();
            Failures forName =
                    lastHour.isEmpty() ? NONE : Failures.of(lastHour.size(), lastHour.get(lastHour.size() - 1));
            Decision decision = LoginThrottle.decide(forName, NONE, now);
            if (decision.isAllowed()) {
                failures.add(now);
            } else {
                assertTrue(decision.refusedUntil().orElseThrow().isAfter(now));
                now = decision.refusedUntil().orElseThrow();
            }
        }
        Instant firstHourEnd = T.plus(Duration.ofHours(1));
        long inFirstHour =
                failures.stream().filter(f -> f.isBefore(firstHourEnd)).count();
        int busiest = 0;
        for (Instant from : failures) {
            Instant to = from.plus(Duration.ofHours(1));
            busiest = Math.max(busiest, (int) failures.stream()
                    .filter(f -> !f.isBefore(from) && !f.isAfter(to))
                    .count());
        }
        System.out.printf(
                "LoginThrottle: attacker at full speed fails %d times in the first hour, at most %d in any hour "
                        + "(%d in 6 hours); maxFailuresPerHourPerAccount() = %d%n",
                inFirstHour, busiest, failures.size(), LoginThrottle.maxFailuresPerHourPerAccount());
        assertTrue(inFirstHour <= 100);
        assertTrue(busiest <= 100);
        assertEquals(busiest, LoginThrottle.maxFailuresPerHourPerAccount());
        assertTrue(LoginThrottle.maxFailuresPerHourPerAccount() <= 100);
    }
}
