package nl.provalue.privacy.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.domain.mail.MailLogStore.Delivery;
import nl.provalue.privacy.domain.mail.MailOwnership;

/**
 * P4: takes deliveries read from a Postfix log into the mail log: each gets the customer it
 * belongs to ({@link MailOwnership}) and goes to the {@link MailLogStore}, which skips those stored
 * already. Mailboxes and domains are looked up once per import ({@link Owners}), not once a line.
 */
@ApplicationScoped
public class MailLogIntake {

    @Inject
    MailLogStore store;

    /** Who has which mailbox and domain, as far as one import has asked; not shared between imports. */
    public static final class Owners {
        private final Map<String, Long> mailboxes = new HashMap<>();
        private final Map<String, Long> domains = new HashMap<>();
        private final Set<String> askedMailboxes = new HashSet<>();
        private final Set<String> askedDomains = new HashSet<>();
    }

    /** Stores the deliveries with their customers, in the caller's transaction. */
    public MailLogStore.Stored take(List<Delivery> deliveries, Owners owners) {
        Set<String> addresses = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (Delivery d : deliveries) {
            for (String address : List.of(d.recipient(), d.sender())) {
                if (!owners.askedMailboxes.contains(address)) {
                    addresses.add(address);
                }
                for (String domain : MailOwnership.domainsOf(address)) {
                    if (!owners.askedDomains.contains(domain)) {
                        domains.add(domain);
                    }
                }
            }
        }
        owners.mailboxes.putAll(store.mailboxOwners(addresses));
        owners.askedMailboxes.addAll(addresses);
        owners.domains.putAll(store.domainOwners(domains));
        owners.askedDomains.addAll(domains);
        List<Delivery> owned = new ArrayList<>(deliveries.size());
        for (Delivery d : deliveries) {
            owned.add(d.ofCustomer(MailOwnership.ownerOf(d.recipient(), d.sender(), owners.mailboxes, owners.domains)));
        }
        return store.append(owned);
    }
}
