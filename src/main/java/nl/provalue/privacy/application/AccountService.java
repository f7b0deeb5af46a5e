package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.provalue.privacy.domain.account.PasswordHasher;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;
import nl.provalue.privacy.domain.audit.AuditRepository;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.staff.StaffMember;

/** Creating accounts (signing in is {@link nl.provalue.privacy.application.signin.SignInService}). */
@ApplicationScoped
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    @Transactional
    public UserAccount createCustomerAccount(String username, char[] password, Customer customer) {
        return accounts.add(UserAccount.forCustomer(username, hasher.hash(password), customer, clock.instant()));
    }

    @Transactional
    public UserAccount createStaffAccount(String username, char[] password, StaffMember staff) {
        return accounts.add(UserAccount.forStaff(username, hasher.hash(password), staff, clock.instant()));
    }

    /** The user name of an account, for an authenticator app's entry. */
    @Transactional
    public String usernameOf(long accountId) {
        return accounts.findById(accountId).map(UserAccount::username).orElse("");
    }

    @Transactional
    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username);
    }
}
