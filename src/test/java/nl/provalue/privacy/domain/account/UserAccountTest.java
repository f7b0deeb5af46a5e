package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void userNamesAreLowerCaseWithoutSpaces() {
        assertEquals(
                Role.STAFF,
                UserAccount.forStaff("eva.visser", "h", null, Instant.EPOCH).role());
        assertThrows(
                IllegalArgumentException.class, () -> UserAccount.forStaff("Eva Visser", "h", null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.forStaff("eva", "", null, Instant.EPOCH));
    }

    @Test
    void staffAlwaysNeedTheSecondFactorAndCannotSwitchItOff() {
        UserAccount staff = UserAccount.forStaff("eva.visser", "h", null, Instant.EPOCH);
        assertTrue(staff.requiresSecondFactor(), "even before it is set up: then it is set up at sign-in");
        staff.enableSecondFactor(TotpSecret.generate(new java.security.SecureRandom()), 100, Instant.EPOCH);
        assertThrows(IllegalStateException.class, staff::disableSecondFactor);
    }

    @Test
    void customersChooseTheSecondFactorAndEachCodeStepCountsOnce() {
        UserAccount customer = UserAccount.forCustomer("jan.jansen", "h", null, Instant.EPOCH);
        assertFalse(customer.requiresSecondFactor());
        customer.enableSecondFactor(TotpSecret.generate(new java.security.SecureRandom()), 100, Instant.EPOCH);
        assertTrue(customer.requiresSecondFactor());
        assertThrows(IllegalArgumentException.class, () -> customer.useTotpStep(100), "the confirming code is used up");
        customer.useTotpStep(101);
        assertThrows(IllegalArgumentException.class, () -> customer.useTotpStep(101));
        customer.disableSecondFactor();
        assertFalse(customer.hasSecondFactor());
    }

    @Test
    void p8_aCustomersLoginClosesWhenTheContractEnds() {
        nl.provalue.privacy.domain.customer.Customer leaving = new nl.provalue.privacy.domain.customer.Customer(
                nl.provalue.privacy.domain.customer.CustomerNumber.of(11),
                new nl.provalue.privacy.domain.customer.ContactDetails(
                        "Jan Jansen", null, null, null, null, "NL", null, "jan@example.nl"),
                "nl",
                Instant.EPOCH);
        UserAccount login = UserAccount.forCustomer("jan.jansen", "h", leaving, Instant.EPOCH);
        Instant end = Instant.parse("2027-02-01T00:00:00Z");
        leaving.endContract(end, end.plusSeconds(86_400), Instant.EPOCH);
        assertTrue(login.isOpenAt(end.minusMillis(1)));
        assertFalse(login.isOpenAt(end), "closed at the end, before any job switched it off");
        assertTrue(UserAccount.forStaff("eva.visser", "h", null, Instant.EPOCH).isOpenAt(end));
    }
}
