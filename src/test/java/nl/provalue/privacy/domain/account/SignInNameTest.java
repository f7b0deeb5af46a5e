package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInNameTest {

    @Test
    void finding6_aUserNameTypedWithCapitalsIsTheSameUserName() {
        assertEquals(Optional.of("pieter.bakker"), new SignInName("Pieter.Bakker").username());
        assertEquals(Optional.of("pieter.bakker"), new SignInName("  PIETER.BAKKER ").username());
        assertEquals(
                new SignInName("pieter.bakker").key(),
                new SignInName("Pieter.Bakker").key(),
                "the throttle counts them as one name");
    }

    @Test
    void whatCannotBeAUserNameIsNotLookedUpButStillThrottledByItsKey() {
        assertTrue(new SignInName("x".repeat(101)).username().isEmpty(), "over-long: refused, never cut");
        assertTrue(new SignInName("jan jansen").username().isEmpty());
        assertTrue(new SignInName(null).username().isEmpty());
        assertEquals(64, new SignInName("jan jansen").key().length());
        assertNotEquals(new SignInName("a.b.c").key(), new SignInName("a.b.d").key());
    }

    @Test
    void theHistoryNamesTheBrowserAndSystemNotTheWholeHeader() {
        assertEquals(
                "Firefox / Windows",
                SignInClient.describe(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals(
                "Safari / iOS",
                SignInClient.describe(
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        assertEquals(
                "Edge / Windows",
                SignInClient.describe(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0"));
        assertEquals("curl", SignInClient.describe("curl/8.5.0"));
        assertEquals("?", SignInClient.describe(null));
    }
}
