package nl.provalue.privacy.application;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.apitoken.ApiScope;

/**
 * The caller as known since sign-in: the login's name, role and whose data it reaches (the
 * customer's id, or the staff member's). The sign-in mechanism hands it to the container on every
 * request, so that {@link CurrentCaller} need not look the login up again each time. A system
 * calling with a key is a caller too: the key's name, its id and its scopes.
 */
public final class SignedInCaller extends CallerPrincipal {

    /** The request attribute under which a call made with a key carries its caller, for the audit of that call. */
    public static final String SYSTEM_CALLER = SignedInCaller.class.getName() + ".system";

    private final Role role;
    private final Long customerId;
    private final Long staffMemberId;
    private final Long tokenId;
    private final Set<ApiScope> scopes;
    private final String displayName;

    public SignedInCaller(String username, Role role, Long customerId, Long staffMemberId) {
        this(username, role, customerId, staffMemberId, null, Set.of(), null);
    }

    private SignedInCaller(
            String username,
            Role role,
            Long customerId,
            Long staffMemberId,
            Long tokenId,
            Set<ApiScope> scopes,
            String displayName) {
        super(username);
        if ((role == Role.CUSTOMER) != (customerId != null)
                || (role == Role.STAFF) != (staffMemberId != null)
                || (role == Role.SYSTEM) != (tokenId != null)) {
            throw new IllegalArgumentException(
                    "a customer login has a customer, a staff login a staff member, a system a key");
        }
        this.role = role;
        this.customerId = customerId;
        this.staffMemberId = staffMemberId;
        this.tokenId = tokenId;
        this.scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        this.displayName = displayName;
    }

    /**
     * The same caller with their name as read on this request (the check that their sign-in is
     * still open reads it too), so that the page's header need not read it again.
     */
    public SignedInCaller named(String name) {
        return new SignedInCaller(getName(), role, customerId, staffMemberId, tokenId, scopes, name);
    }

    /** The name read on this request, if it was. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** One of the provider's systems calling with the key {@code tokenId}, named {@code name}. */
    public static SignedInCaller system(String name, long tokenId, Set<ApiScope> scopes) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a key has at least one scope");
        }
        return new SignedInCaller(name, Role.SYSTEM, null, null, tokenId, scopes, null);
    }

    public Long tokenId() {
        return tokenId;
    }

    public Set<ApiScope> scopes() {
        return scopes;
    }

    public Role role() {
        return role;
    }

    public Long customerId() {
        return customerId;
    }

    public Long staffMemberId() {
        return staffMemberId;
    }
}
