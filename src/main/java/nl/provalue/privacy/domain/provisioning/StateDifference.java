package nl.provalue.privacy.domain.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.customer.ChangedField;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.ContactField;
import nl.provalue.privacy.domain.registration.ContactRole;

/**
 * What differs between the state the portal holds and the state the customer system wants: what
 * to add, change and remove, and (P1) the changes of their domain names, mailboxes and websites the
 * customer is shown, one per field of personal data, each with the old and the new value (the
 * customer's own contact details record theirs through {@code Customer#correctContact}). Dates of registration, traffic limits, the holder kind
 * and the language are brought in line too, but are not personal data the customer is shown as a
 * change (the pages show them as they are).
 */
public record StateDifference(
        boolean contactChanged,
        boolean languageChanged,
        List<DomainState> domainsToAdd,
        List<DomainState> domainsToChange,
        List<String> domainsToRemove,
        List<MailboxState> mailboxesToAdd,
        List<MailboxState> mailboxesToChange,
        List<String> mailboxesToRemove,
        List<WebsiteState> websitesToAdd,
        List<WebsiteState> websitesToChange,
        List<String> websitesToRemove,
        List<Change> changes) {

    /** One change the customer is shown: what (and of which domain, contact, mailbox or website), before and after. */
    public record Change(ChangedField field, String subject, ContactRole role, String oldValue, String newValue) {}

    /** A new customer: everything is added, and nothing is shown as a change of what was there before. */
    public static StateDifference ofNew(CustomerState wanted) {
        return new StateDifference(
                true,
                true,
                wanted.domains(),
                List.of(),
                List.of(),
                wanted.mailboxes(),
                List.of(),
                List.of(),
                wanted.websites(),
                List.of(),
                List.of(),
                List.of());
    }

    public static StateDifference between(CustomerState current, CustomerState wanted) {
        List<Change> changes = new ArrayList<>();

        Map<String, DomainState> domainsNow = byKey(current.domains(), DomainState::name);
        Map<String, DomainState> domainsWanted = byKey(wanted.domains(), DomainState::name);
        List<DomainState> domainsToAdd = new ArrayList<>();
        List<DomainState> domainsToChange = new ArrayList<>();
        for (DomainState d : wanted.domains()) {
            DomainState now = domainsNow.get(d.name());
            if (now == null) {
                domainsToAdd.add(d);
                changes.add(new Change(ChangedField.DOMAIN, null, null, null, d.displayName()));
            } else if (!now.equals(d)) {
                domainsToChange.add(d);
                for (ContactRole role : ContactRole.values()) {
                    DomainContactState before = now.contacts().get(role);
                    DomainContactState after = d.contacts().get(role);
                    contactChanges(
                            before == null ? null : before.details(),
                            after == null ? null : after.details(),
                            d.displayName(),
                            role,
                            changes);
                }
            }
        }
        List<String> domainsToRemove = removed(current.domains(), domainsWanted, DomainState::name);
        current.domains().stream()
                .filter(d -> !domainsWanted.containsKey(d.name()))
                .forEach(d -> changes.add(new Change(ChangedField.DOMAIN, null, null, d.displayName(), null)));

        Map<String, MailboxState> mailboxesNow = byKey(current.mailboxes(), MailboxState::address);
        Map<String, MailboxState> mailboxesWanted = byKey(wanted.mailboxes(), MailboxState::address);
        List<MailboxState> mailboxesToAdd = new ArrayList<>();
        List<MailboxState> mailboxesToChange = new ArrayList<>();
        for (MailboxState m : wanted.mailboxes()) {
            MailboxState now = mailboxesNow.get(m.address());
            if (now == null) {
                mailboxesToAdd.add(m);
                changes.add(new Change(ChangedField.MAILBOX, null, null, null, m.address()));
            } else if (!now.equals(m)) {
                mailboxesToChange.add(m);
                changes.add(new Change(
                        ChangedField.MAILBOX_PROTOCOLS, m.address(), null, now.protocolsText(), m.protocolsText()));
            }
        }
        List<String> mailboxesToRemove = removed(current.mailboxes(), mailboxesWanted, MailboxState::address);
        mailboxesToRemove.forEach(a -> changes.add(new Change(ChangedField.MAILBOX, null, null, a, null)));

        Map<String, WebsiteState> websitesNow = byKey(current.websites(), WebsiteState::hostname);
        Map<String, WebsiteState> websitesWanted = byKey(wanted.websites(), WebsiteState::hostname);
        List<WebsiteState> websitesToAdd = new ArrayList<>();
        List<WebsiteState> websitesToChange = new ArrayList<>();
        for (WebsiteState w : wanted.websites()) {
            WebsiteState now = websitesNow.get(w.hostname());
            if (now == null) {
                websitesToAdd.add(w);
                changes.add(new Change(ChangedField.WEBSITE, null, null, null, w.displayName()));
            } else if (!now.equals(w)) {
                websitesToChange.add(w);
                if (!now.plan().equals(w.plan())) {
                    changes.add(new Change(ChangedField.WEBSITE_PLAN, w.displayName(), null, now.plan(), w.plan()));
                }
            }
        }
        List<String> websitesToRemove = removed(current.websites(), websitesWanted, WebsiteState::hostname);
        current.websites().stream()
                .filter(w -> !websitesWanted.containsKey(w.hostname()))
                .forEach(w -> changes.add(new Change(ChangedField.WEBSITE, null, null, w.displayName(), null)));

        return new StateDifference(
                !current.contact().equals(wanted.contact()),
                !current.language().equals(wanted.language()),
                domainsToAdd,
                domainsToChange,
                domainsToRemove,
                mailboxesToAdd,
                mailboxesToChange,
                mailboxesToRemove,
                websitesToAdd,
                websitesToChange,
                websitesToRemove,
                List.copyOf(changes));
    }

    /** Whether the portal already holds the wanted state: nothing to write, nothing to record. */
    public boolean isEmpty() {
        return !contactChanged
                && !languageChanged
                && domainsToAdd.isEmpty()
                && domainsToChange.isEmpty()
                && domainsToRemove.isEmpty()
                && mailboxesToAdd.isEmpty()
                && mailboxesToChange.isEmpty()
                && mailboxesToRemove.isEmpty()
                && websitesToAdd.isEmpty()
                && websitesToChange.isEmpty()
                && websitesToRemove.isEmpty();
    }

    private static void contactChanges(
            ContactDetails before, ContactDetails after, String subject, ContactRole role, List<Change> changes) {
        for (ContactField f : ContactField.differing(before, after)) {
            changes.add(new Change(ChangedField.of(f), subject, role, f.valueIn(before), f.valueIn(after)));
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static <T> List<String> removed(List<T> now, Map<String, T> wanted, Function<T, String> key) {
        return now.stream().map(key).filter(k -> !wanted.containsKey(k)).toList();
    }
}
