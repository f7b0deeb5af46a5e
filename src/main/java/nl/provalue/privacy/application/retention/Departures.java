package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.mail.Expunge;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.MailStore;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.retention.CustomerErasure;
import nl.provalue.privacy.domain.retention.Departure;
import nl.provalue.privacy.domain.retention.DepartureStore;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;

/**
 * P8: customers who leave. Ending a contract closes the login once its moment has come; the
 * retention rule {@code DEPARTED_CUSTOMERS} ({@link DepartedCustomerErasure}) then erases, per
 * category, what {@link Departure} says goes at the end of the contract and, seven years later,
 * what the administration kept, recording each erasure.
 */
@ApplicationScoped
public class Departures {

    private static final Logger LOG = Logger.getLogger(Departures.class.getName());

    /** Personal-data items that served communication only; billing items belong to the administration. */
    static final EnumSet<DataCategory> SERVICE_ITEMS =
            EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CORRESPONDENCE);

    static final EnumSet<DataCategory> ADMINISTRATION_ITEMS = EnumSet.complementOf(SERVICE_ITEMS);

    /** A departure as the customer and staff see it. */
    public record Plan(
            LocalDate lastDay,
            boolean left,
            Instant erasedAt,
            Instant administrationErasedAt,
            List<Departure.Outcome> outcomes,
            List<CustomerErasure> erasures)
            implements Serializable {}

    @Inject
    DepartureStore store;

    @Inject
    CustomerRepository customers;

    @Inject
    DomainRepository domains;

    @Inject
    MailRepository mail;

    @Inject
    WebsiteRepository websites;

    @Inject
    MailStore mailStore;

    @Inject
    java.time.Clock clock;

    /**
     * P8: the customer's contract ends at {@code leftAt}. When that moment has come (a contract
     * ended today, or on a day past), the login closes in the same transaction.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean end(Customer customer, Departure departure, Instant now) {
        boolean changed = customer.endContract(departure.leftAt(), departure.administrationEndsAt(), now);
        if (customer.hasLeftAt(now)) {
            store.closeLogin(customer.id(), now);
        }
        return changed;
    }

    /** The customer's departure with its dates and what has been erased; empty while no end is known. */
    @Transactional
    @nl.provalue.privacy.application.CustomerDataAccess
    public Optional<Plan> planOf(long customerId) {
        Instant now = clock.instant();
        return customers.find(customerId).filter(c -> c.leftAt() != null).map(c -> {
            Departure d = new Departure(c.leftAt());
            return new Plan(
                    d.lastDay(),
                    c.hasLeftAt(now),
                    c.erasedAt(),
                    c.administrationErasedAt(),
                    d.outcomes(),
                    store.erasuresOf(customerId));
        });
    }

    /**
     * What goes when the contract has ended: the login closes, the e-mail address, phone and the
     * items that served communication, the record of changes, domain names with their WHOIS
     * contacts, mailboxes with their mail on the mail server, websites with their access logs and
     * traffic counters. Counts the things erased, at least one (the customer's own mark).
     *
     * @throws MailStore.MailStoreUnavailable when the mail server does not answer: nothing is
     *         erased and the next run tries again
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAtEndOfContract(long customerId, Instant now) {
        if (!store.markErased(customerId, now)) {
            return 0;
        }
        store.closeLogin(customerId, now);
        Map<KeptCategory, Integer> erased = new EnumMap<>(KeptCategory.class);
        erased.put(
                KeptCategory.CONTACT_AND_PROFILE,
                store.eraseReachability(customerId)
                        + store.eraseItems(customerId, SERVICE_ITEMS)
                        + store.eraseChanges(customerId));
        List<DomainName> names = domains.ofCustomer(customerId);
        names.forEach(domains::remove);
        erased.put(KeptCategory.WHOIS, names.size());
        int messages = 0;
        for (Mailbox box : mail.mailboxesOf(customerId)) {
            messages += emptied(box);
            mail.remove(box);
        }
        erased.put(KeptCategory.MAILBOX_CONTENT, messages);
        List<Website> sites = websites.ofCustomer(customerId);
        sites.forEach(websites::remove);
        erased.put(KeptCategory.ACCESS_LOG, sites.size());
        erased.put(KeptCategory.TRAFFIC_COUNTERS, sites.size());
        return 1 + record(customerId, CustomerErasure.Stage.END_OF_CONTRACT, erased, now);
    }

    /** The mail a mailbox still holds on the mail server, removed; none when no mail server is connected. */
    private int emptied(Mailbox box) {
        if (!mailStore.connected()) {
            return 0;
        }
        try {
            return mailStore.expunge(box.address(), Expunge.everything());
        } catch (MailStore.UnknownMailbox e) {
            LOG.info(e.getMessage() + "; nothing to erase there");
            return 0;
        }
    }

    /**
     * What goes when the administration's seven years are over (AWR art. 52): name, organisation,
     * postal address, payment details and other administration items, the paper file, requests
     * under the GDPR, and the closed login itself. The customer number stays, so that the
     * disclosure register and the record of staff access (kept by law) keep their meaning.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAtEndOfAdministration(long customerId, Instant now) {
        if (!store.markAdministrationErased(customerId, now)) {
            return 0;
        }
        Map<KeptCategory, Integer> erased = new EnumMap<>(KeptCategory.class);
        erased.put(
                KeptCategory.CONTACT_AND_PROFILE,
                store.eraseAdministration(customerId)
                        + store.eraseItems(customerId, ADMINISTRATION_ITEMS)
                        + store.eraseRightsRequests(customerId));
        erased.put(KeptCategory.PAPER_RECORDS, store.erasePaperRecords(customerId));
        erased.put(KeptCategory.SIGN_IN_RECORDS, store.removeLogin(customerId));
        return 1 + record(customerId, CustomerErasure.Stage.END_OF_ADMINISTRATION, erased, now);
    }

    private int record(long customerId, CustomerErasure.Stage stage, Map<KeptCategory, Integer> erased, Instant now) {
        int total = 0;
        for (Map.Entry<KeptCategory, Integer> e : erased.entrySet()) {
            store.record(new CustomerErasure(customerId, stage, e.getKey(), e.getValue(), now));
            total += e.getValue();
        }
        return total;
    }
}
