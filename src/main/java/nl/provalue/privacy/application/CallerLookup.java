package nl.provalue.privacy.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.account.UserAccount;
import nl.provalue.privacy.domain.account.UserAccountRepository;

/** What {@link CurrentCaller} reads from the database, each in a transaction of its own. */
@ApplicationScoped
public class CallerLookup {

    @Inject
    UserAccountRepository accounts;

    /** A caller signed in other than through the portal's sign-in, by the login's name. */
    @Transactional
    public Optional<CurrentCaller.Identity> byUsername(String username) {
        return accounts.findByUsername(username).map(CallerLookup::toIdentity);
    }

    /** The name of a customer as in their contact details, or of a staff member. */
    @Transactional
    public Optional<String> displayName(CurrentCaller.Identity who) {
        return who.role() == Role.CUSTOMER ? accounts.customerName(who.customerId()) : accounts.staffMemberName(who.staffMemberId());
    }

    private static CurrentCaller.Identity toIdentity(UserAccount a) {
        return a.role() == Role.CUSTOMER ? new CurrentCaller.Identity(a.username(), a.role(), a.customer().id(), null)
                : new CurrentCaller.Identity(a.username(), a.role(), null, a.staffMember().id());
    }
}
