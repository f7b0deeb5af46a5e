package nl.provalue.privacy.application;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;

/**
 * The person behind the current request. Customer-facing use cases take the customer id from
 * here and never from a request parameter, so a customer can only ever reach their own data.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository accounts;

    private Identity identity;

    /** The logged-in person, resolved once per request. */
    public record Identity(String username, Role role, Long customerId, Long staffMemberId, String displayName) {
    }

    @Transactional
    public Optional<Identity> identity() {
        if (identity == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            identity = accounts.findByUsername(principal.getName()).map(CurrentCaller::toIdentity).orElse(null);
        }
        return Optional.ofNullable(identity);
    }

    private static Identity toIdentity(UserAccount a) {
        if (a.role() == Role.CUSTOMER) {
            return new Identity(a.username(), a.role(), a.customer().id(), null, a.customer().contact().fullName());
        }
        return new Identity(a.username(), a.role(), null, a.staffMember().id(), a.staffMember().fullName());
    }

    /** The customer id of a logged-in customer; fails for anyone else. */
    public long customerId() {
        return identity().filter(i -> i.role() == Role.CUSTOMER).map(Identity::customerId)
                .orElseThrow(() -> new SecurityException("Not a customer"));
    }

    public long staffMemberId() {
        return identity().filter(i -> i.role() == Role.STAFF).map(Identity::staffMemberId)
                .orElseThrow(() -> new SecurityException("Not staff"));
    }

    /** The logged-in person if they have this role; otherwise {@link AccessDeniedException} with the given explanation. */
    public Identity require(Role role, String refusal) {
        return identity().filter(i -> i.role() == role).orElseThrow(() -> new AccessDeniedException(refusal));
    }
}
