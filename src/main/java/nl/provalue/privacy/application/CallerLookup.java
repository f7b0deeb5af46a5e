package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.provalue.privacy.domain.account.UserAccountRepository;

/** What {@link CurrentCaller} reads from the database, in a transaction of its own. */
@ApplicationScoped
public class CallerLookup {

    @Inject
    UserAccountRepository accounts;

    /** The name of a customer as in their contact details, or of a staff member. */
    @Transactional
    public Optional<String> displayName(CurrentCaller.Identity who) {
        return switch (who.role()) {
            case CUSTOMER -> accounts.customerName(who.customerId());
            case STAFF -> accounts.staffMemberName(who.staffMemberId());
            case SYSTEM -> Optional.of(who.username());
        };
    }
}
