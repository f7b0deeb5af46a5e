package nl.provalue.privacy.application;

import jakarta.security.enterprise.CallerPrincipal;

import nl.provalue.privacy.domain.account.Role;

/**
 * The caller as known since sign-in: the login's name, role and whose data it reaches (the
 * customer's id, or the staff member's). The sign-in mechanism hands it to the container on every
 * request, so that {@link CurrentCaller} need not look the login up again each time.
 */
public final class SignedInCaller extends CallerPrincipal {

    private final Role role;
    private final Long customerId;
    private final Long staffMemberId;

    public SignedInCaller(String username, Role role, Long customerId, Long staffMemberId) {
        super(username);
        if ((role == Role.CUSTOMER) != (customerId != null) || (role == Role.STAFF) != (staffMemberId != null)) {
            throw new IllegalArgumentException("a customer login has a customer, a staff login a staff member");
        }
        this.role = role;
        this.customerId = customerId;
        this.staffMemberId = staffMemberId;
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
