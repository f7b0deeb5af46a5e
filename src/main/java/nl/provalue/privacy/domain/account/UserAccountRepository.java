package nl.provalue.privacy.domain.account;

import java.util.Optional;

/** Logins. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    /** The login of a customer, if they have one. */
    Optional<UserAccount> findByCustomer(long customerId);

    /** Accounts whose owner (customer or staff member) has this e-mail address, ignoring case. */
    java.util.List<UserAccount> findByEmail(String email);

    /** The full name of a customer, as in their contact details. */
    Optional<String> customerName(long customerId);

    /** The full name of a staff member. */
    Optional<String> staffMemberName(long staffMemberId);

    UserAccount add(UserAccount account);

    long count();
}
