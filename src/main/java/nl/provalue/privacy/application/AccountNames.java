package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.UserAccountRepository;

/**
 * The people behind the user names that histories record (the register's chain, rights
 * requests): staff read "Lotte Mulder" where the record keeps {@code lotte.mulder}.
 */
@ApplicationScoped
public class AccountNames {

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentCaller caller;

    /** Full names by user name; a user name without a login (any more) is left out. Staff only. */
    @Transactional
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (caller.identity().map(i -> i.role() != Role.STAFF).orElse(true)) {
            throw new AccessDeniedException("Only staff look up who a user name belongs to");
        }
        return accounts.fullNames(usernames);
    }
}
