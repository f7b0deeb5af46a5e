package nl.provalue.privacy.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.apitoken.ApiScope;

/**
 * The person behind the current request. Customer-facing use cases take the customer id from
 * here and never from a request parameter, so a customer can only ever reach their own data.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    CallerLookup lookup;

    private Identity identity;
    private boolean resolved;
    private String displayName;
    private String nameFromSignIn;

    /**
     * The logged-in person: who, in which role, and whose data they reach; or one of the provider's
     * systems with its key's name, id and scopes.
     */
    public record Identity(
            String username, Role role, Long customerId, Long staffMemberId, Long tokenId, Set<ApiScope> scopes) {

        public Identity(String username, Role role, Long customerId, Long staffMemberId) {
            this(username, role, customerId, staffMemberId, null, Set.of());
        }
    }

    /**
     * The logged-in person, as the sign-in mechanism handed them to the container on this request
     * (no look-up). Every sign-in goes through that mechanism; any other principal is nobody.
     */
    public Optional<Identity> identity() {
        if (!resolved) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            resolved = true;
            SignedInCaller known = principal instanceof SignedInCaller c
                    ? c
                    : securityContext.getPrincipalsByType(SignedInCaller.class).stream()
                            .findFirst()
                            .orElse(null);
            nameFromSignIn = known == null ? null : known.displayName().orElse(null);
            identity = known == null
                    ? null
                    : new Identity(
                            known.getName(),
                            known.role(),
                            known.customerId(),
                            known.staffMemberId(),
                            known.tokenId(),
                            known.scopes());
        }
        return Optional.ofNullable(identity);
    }

    /**
     * The logged-in person's name as they gave it (customer) or as staff records have it; read with
     * the sign-in check of this request, or else once per request.
     */
    public String displayName() {
        if (displayName == null) {
            Optional<Identity> who = identity();
            displayName = nameFromSignIn != null
                    ? nameFromSignIn
                    : who.flatMap(lookup::displayName).orElse("");
        }
        return displayName;
    }

    /** The customer id of a logged-in customer; fails for anyone else. */
    public long customerId() {
        return identity()
                .filter(i -> i.role() == Role.CUSTOMER)
                .map(Identity::customerId)
                .orElseThrow(() -> new SecurityException("Not a customer"));
    }

    public long staffMemberId() {
        return identity()
                .filter(i -> i.role() == Role.STAFF)
                .map(Identity::staffMemberId)
                .orElseThrow(() -> new SecurityException("Not staff"));
    }

    /**
     * A staff member, or one of the provider's systems whose key has {@code scope}; otherwise
     * {@link AccessDeniedException} with the given explanation.
     */
    public Identity requireStaffOr(ApiScope scope, String refusal) {
        return identity()
                .filter(i -> i.role() == Role.STAFF
                        || (i.role() == Role.SYSTEM && i.scopes().contains(scope)))
                .orElseThrow(() -> new AccessDeniedException(refusal));
    }

    /** The logged-in person if they have this role; otherwise {@link AccessDeniedException} with the given explanation. */
    public Identity require(Role role, String refusal) {
        return identity().filter(i -> i.role() == role).orElseThrow(() -> new AccessDeniedException(refusal));
    }
}
