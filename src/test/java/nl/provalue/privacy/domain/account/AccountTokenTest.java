package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reset and activation links: 30 minutes, once, only a hash kept. */
class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aLinkWorksOnceForThirtyMinutes() {
        AccountToken.Issued issued =
                AccountToken.issue(7L, AccountToken.Purpose.PASSWORD_RESET, NOW, new SecureRandom());
        AccountToken token = issued.token();
        assertTrue(token.isUsableAt(NOW.plus(Duration.ofMinutes(30)).minusSeconds(1)));
        assertFalse(token.isUsableAt(NOW.plus(Duration.ofMinutes(30))));
        token.use(NOW.plusSeconds(60));
        assertFalse(token.isUsableAt(NOW.plusSeconds(61)), "once");
        assertThrows(IllegalStateException.class, () -> token.use(NOW.plusSeconds(62)));
    }

    @Test
    void onlyAHashOfTheSecretIsKeptAndOnlyWellFormedSecretsAreLookedUp() {
        AccountToken.Issued issued = AccountToken.issue(7L, AccountToken.Purpose.ACTIVATION, NOW, new SecureRandom());
        assertTrue(AccountToken.wellFormed(issued.secret()), issued.secret());
        assertEquals(64, AccountToken.hash(issued.secret()).length());
        assertNotEquals(issued.secret(), AccountToken.hash(issued.secret()));
        assertFalse(AccountToken.wellFormed(issued.secret() + "x"));
        assertFalse(AccountToken.wellFormed("../../etc/passwd"));
        assertFalse(AccountToken.wellFormed(null));
    }

    @Test
    void aNewerLinkWithdrawsTheOlder() {
        AccountToken token = AccountToken.issue(7L, AccountToken.Purpose.PASSWORD_RESET, NOW, new SecureRandom())
                .token();
        token.withdraw(NOW.plusSeconds(10));
        assertFalse(token.isUsableAt(NOW.plusSeconds(11)));
    }
}
