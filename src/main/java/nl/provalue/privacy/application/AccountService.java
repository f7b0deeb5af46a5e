package nl.provalue.privacy.application;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.audit.AuditRepository;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.infrastructure.security.PasswordHasher;

/** Logins: checking a password, recording the login, creating accounts. */
@ApplicationScoped
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();
    /** Checked when the user name is unknown, so that a wrong name takes as long as a wrong password. */
    private final String decoyHash = hasher.hash("decoy-password".toCharArray());

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** Returns the account's role when the password matches an enabled account. */
    @Transactional
    public Optional<Role> authenticate(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty()
                : accounts.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.passwordHash()) || !account.isEnabled()) {
            return Optional.empty();
        }
        account.recordLogin(clock.instant());
        Long customerId = account.customer() == null ? null : account.customer().id();
        audit.record(new AuditEvent(clock.instant(), account.username(), account.role(), AuditAction.LOGIN,
                customerId, null, null));
        return Optional.of(account.role());
    }

    @Transactional
    public UserAccount createCustomerAccount(String username, char[] password, Customer customer) {
        return accounts.add(UserAccount.forCustomer(username, hasher.hash(password), customer, clock.instant()));
    }

    @Transactional
    public UserAccount createStaffAccount(String username, char[] password, StaffMember staff) {
        return accounts.add(UserAccount.forStaff(username, hasher.hash(password), staff, clock.instant()));
    }

    @Transactional
    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username);
    }
}
