package nl.provalue.privacy.domain.account;

import java.util.Optional;

/** Logins. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    UserAccount add(UserAccount account);

    long count();
}
