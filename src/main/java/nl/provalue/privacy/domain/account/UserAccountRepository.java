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

    /**
     * The full names of the staff members and customers who sign in with these user names, by
     * user name; a user name without a login (any more) is left out.
     */
    java.util.Map<String, String> fullNames(java.util.Collection<String> usernames);

    UserAccount add(UserAccount account);

    long count();
}
