package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import org.junit.jupiter.api.Test;

/** Who is signed in is known from sign-in on: a request looks up no login, and the name at most once. */
class CurrentCallerTest {

    private final List<String> lookups = new ArrayList<>();

    private CurrentCaller caller(Principal principal) {
        CurrentCaller caller = new CurrentCaller();
        caller.securityContext = (SecurityContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SecurityContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "getPrincipalsByType" -> principal instanceof SignedInCaller ? Set.of(principal) : Set.of();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        caller.lookup = new CallerLookup();
        caller.lookup.accounts = (UserAccountRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {UserAccountRepository.class}, (p, m, a) -> {
                    lookups.add(m.getName() + " " + a[0]);
                    return switch (m.getName()) {
                        case "customerName" -> Optional.of("Jan Jansen");
                        case "staffMemberName" -> Optional.of("Ruud Smit");
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
        return caller;
    }

    @Test
    void aSignedInCustomerIsKnownWithoutLookingUpTheLogin() {
        CurrentCaller jan = caller(new SignedInCaller("jan.jansen", Role.CUSTOMER, 42L, null));
        assertEquals(42L, jan.customerId());
        assertEquals(
                new CurrentCaller.Identity("jan.jansen", Role.CUSTOMER, 42L, null),
                jan.identity().orElseThrow());
        assertTrue(lookups.isEmpty(), "no look-up: " + lookups);
        assertEquals("Jan Jansen", jan.displayName());
        assertEquals("Jan Jansen", jan.displayName());
        assertEquals(List.of("customerName 42"), lookups, "the name is read once per request");
        assertThrows(SecurityException.class, jan::staffMemberId);
    }

    @Test
    void aNameReadWithTheSignInCheckIsNotReadAgain() {
        CurrentCaller jan = caller(new SignedInCaller("jan.jansen", Role.CUSTOMER, 42L, null).named("Jan de Vries"));
        assertEquals("Jan de Vries", jan.displayName());
        assertEquals(42L, jan.customerId());
        assertTrue(lookups.isEmpty(), "no look-up: " + lookups);
    }

    @Test
    void staffReachNoCustomerOfTheirOwn() {
        CurrentCaller ruud = caller(new SignedInCaller("ruud.smit", Role.STAFF, null, 2L));
        assertEquals(2L, ruud.staffMemberId());
        assertThrows(SecurityException.class, ruud::customerId);
        assertEquals("Ruud Smit", ruud.displayName());
    }

    @Test
    void aCallerIsACustomerWithACustomerOrStaffWithAStaffMember() {
        assertThrows(IllegalArgumentException.class, () -> new SignedInCaller("x", Role.CUSTOMER, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SignedInCaller("x", Role.CUSTOMER, 1L, 2L));
        assertThrows(IllegalArgumentException.class, () -> new SignedInCaller("x", Role.STAFF, 1L, null));
    }

    @Test
    void aPrincipalNotFromTheSignInIsNobody() {
        CurrentCaller someone = caller(() -> "jan.jansen");
        assertTrue(someone.identity().isEmpty());
        assertEquals("", someone.displayName());
        assertTrue(lookups.isEmpty(), "not looked up by name: " + lookups);
        assertTrue(caller(null).identity().isEmpty());
    }
}
