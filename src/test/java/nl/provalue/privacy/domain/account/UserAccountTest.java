package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void userNamesAreLowerCaseWithoutSpaces() {
        assertEquals(Role.STAFF, UserAccount.forStaff("eva.visser", "h", null, Instant.EPOCH).role());
        assertThrows(IllegalArgumentException.class, () -> UserAccount.forStaff("Eva Visser", "h", null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.forStaff("eva", "", null, Instant.EPOCH));
    }
}
