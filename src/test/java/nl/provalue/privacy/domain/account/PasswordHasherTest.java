package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void matchesTheRightPasswordOnly() {
        String hash = hasher.hash("Welkom-Jan-2026".toCharArray());
        assertTrue(hasher.matches("Welkom-Jan-2026".toCharArray(), hash));
        assertFalse(hasher.matches("welkom-jan-2026".toCharArray(), hash));
        assertFalse(hash.contains("Welkom"), "the password itself is never stored");
    }

    @Test
    void saltMakesEveryHashDifferent() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void iterationCountTravelsWithTheHash() {
        String stored = new PasswordHasher(2_000).hash("pw".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$2000$"));
        assertTrue(hasher.matches("pw".toCharArray(), stored), "a hasher with another default still verifies");
    }

    @Test
    void defaultIsSlow() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.matches("pw".toCharArray(), null));
        assertFalse(hasher.matches("pw".toCharArray(), "plain"));
        assertFalse(hasher.matches("pw".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertFalse(hasher.matches("pw".toCharArray(), "pbkdf2-sha256$10$!!$!!"));
    }
}
