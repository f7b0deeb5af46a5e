package nl.provalue.privacy.application.provisioning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.customer.ContactChange;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.mail.MailRepository;
import nl.provalue.privacy.domain.mail.Mailbox;
import nl.provalue.privacy.domain.provisioning.CustomerState;
import nl.provalue.privacy.domain.provisioning.DomainContactState;
import nl.provalue.privacy.domain.provisioning.DomainState;
import nl.provalue.privacy.domain.provisioning.MailboxState;
import nl.provalue.privacy.domain.provisioning.StateDifference;
import nl.provalue.privacy.domain.provisioning.VersionCondition;
import nl.provalue.privacy.domain.provisioning.WebsiteState;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.DomainContact;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;

/**
 * The provider's customer system reads and puts the whole state of one customer (P1). A put works
 * out what differs, brings the portal in line and records each change with source "our customer
 * system", its time and the key's name; putting the same state again changes and records nothing.
 * The customer's row is locked while a put decides, so two puts of the same customer are decided
 * one after the other and the version condition holds.
 */
@ApplicationScoped
@Transactional
public class Provisioning {

    /** A customer's state and its version tag. */
    public record Versioned(String customerNumber, CustomerState state, String etag) {
    }

    /** What a put did: whether it made the customer, how many changes the customer is shown, the new version. */
    public record Outcome(String customerNumber, boolean created, int changes, String etag) {
    }

    private static final String REFUSAL = "Only the provider's customer system (a key with PROVISIONING) keeps customers";

    @PersistenceContext EntityManager em;
    @Inject CustomerRepository customers;
    @Inject DomainRepository domains;
    @Inject MailRepository mail;
    @Inject WebsiteRepository websites;
    @Inject CurrentCaller caller;
    @Inject AuditTrail audit;
    @Inject Validator validator;
    @Inject Clock clock;

    /** The state the portal holds for this customer, with its version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(String customerNumber) {
        requireSystem();
        Customer customer = customers.findByNumber(new CustomerNumber(customerNumber))
                .orElseThrow(() -> new NotFoundException("customer", customerNumber));
        CustomerState state = stateOf(customer);
        return new Versioned(customerNumber, state, state.etag());
    }

    /** Puts the wanted state if the version condition holds; see {@link VersionCondition}. */
    public Outcome put(String customerNumber, CustomerState wanted, VersionCondition condition) {
        CurrentCaller.Identity system = requireSystem();
        CustomerNumber number = new CustomerNumber(customerNumber);
        validate(wanted);
        Instant now = clock.instant();
        Optional<Customer> existing = customers.findByNumber(number);
        if (existing.isEmpty()) {
            if (condition.verdict(null) != VersionCondition.Verdict.PROCEED) {
                throw new PreconditionException(PreconditionException.Kind.FAILED,
                        "There is no customer " + customerNumber + " yet; leave If-Match out to create one.", null);
            }
            Customer customer = customers.add(new Customer(number, wanted.contact(), wanted.language(), now,
                    ItemSource.CUSTOMER_SYSTEM));
            apply(customer, StateDifference.ofNew(wanted), now, system.username());
            audit.record(new AuditEvent(now, system.username(), system.role(), AuditAction.CUSTOMER_PROVISIONED,
                    customer.id(), null, "created"));
            return new Outcome(customerNumber, true, 0, wanted.etag());
        }
        Customer customer = em.find(Customer.class, existing.get().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(customer);
        CustomerState current = stateOf(customer);
        String currentTag = current.etag();
        String wantedTag = wanted.etag();
        switch (condition.verdict(currentTag)) {
            case REQUIRED -> throw new PreconditionException(PreconditionException.Kind.REQUIRED,
                    "Customer " + customerNumber + " exists: send If-Match with the ETag you read.", currentTag);
            case FAILED -> {
                if (!currentTag.equals(wantedTag) || condition.onlyIfNew()) {
                    throw new PreconditionException(PreconditionException.Kind.FAILED,
                            "Customer " + customerNumber + " changed since you read it; read it again.", currentTag);
                }
                // RFC 9110 §13.1.1: the change was made already (a retry after a lost answer).
                return new Outcome(customerNumber, false, 0, currentTag);
            }
            case PROCEED -> { }
        }
        StateDifference difference = StateDifference.between(current, wanted);
        if (difference.isEmpty()) {
            return new Outcome(customerNumber, false, 0, currentTag);
        }
        List<ContactChange> recorded = new ArrayList<>(
                customer.correctContact(wanted.contact(), ItemSource.CUSTOMER_SYSTEM, now, system.username()));
        customer.changeLanguage(wanted.language());
        recorded.addAll(apply(customer, difference, now, system.username()));
        recorded.forEach(customers::addContactChange);
        audit.record(new AuditEvent(now, system.username(), system.role(), AuditAction.CUSTOMER_PROVISIONED,
                customer.id(), null, recorded.size() + " changes"));
        return new Outcome(customerNumber, false, recorded.size(), wantedTag);
    }

    private CurrentCaller.Identity requireSystem() {
        return caller.identity().filter(i -> i.scopes().contains(ApiScope.PROVISIONING))
                .orElseThrow(() -> new nl.provalue.privacy.application.AccessDeniedException(REFUSAL));
    }

    private void validate(CustomerState wanted) {
        List<ContactDetails> all = new ArrayList<>();
        all.add(wanted.contact());
        wanted.domains().forEach(d -> d.contacts().values().forEach(c -> all.add(c.details())));
        for (ContactDetails details : all) {
            Set<ConstraintViolation<ContactDetails>> violations = validator.validate(details);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
    }

    /** Brings the domain names, mailboxes and websites in line; returns the changes the customer is shown. */
    private List<ContactChange> apply(Customer customer, StateDifference d, Instant now, String by) {
        for (String name : d.domainsToRemove()) {
            domains.findByName(name).ifPresent(domains::remove);
        }
        for (String address : d.mailboxesToRemove()) {
            mail.mailboxByAddress(address).ifPresent(mail::remove);
        }
        for (String hostname : d.websitesToRemove()) {
            websites.findByHostname(hostname).ifPresent(websites::remove);
        }
        em.flush();
        for (DomainState wanted : d.domainsToAdd()) {
            if (domains.findByName(wanted.name()).isPresent()) {
                throw new HeldElsewhereException("domains", wanted.displayName());
            }
            DomainName domain = new DomainName(customer, wanted.name(), wanted.registeredOn(), wanted.expiresOn());
            wanted.contacts().forEach((role, c) -> domain.addContact(new DomainContact(role, c.holderKind(), c.details())));
            domains.add(domain);
        }
        for (DomainState wanted : d.domainsToChange()) {
            DomainName domain = domains.findByName(wanted.name()).orElseThrow();
            domain.changeDates(wanted.registeredOn(), wanted.expiresOn());
            for (ContactRole role : ContactRole.values()) {
                DomainContactState c = wanted.contacts().get(role);
                Optional<DomainContact> held = domain.contact(role);
                if (c == null) {
                    if (held.isPresent()) {
                        domain.removeContact(role);
                    }
                } else if (held.isPresent()) {
                    held.get().correct(c.holderKind(), c.details());
                } else {
                    domain.addContact(new DomainContact(role, c.holderKind(), c.details()));
                }
            }
        }
        for (MailboxState wanted : d.mailboxesToAdd()) {
            if (mail.mailboxByAddress(wanted.address()).isPresent()) {
                throw new HeldElsewhereException("mailboxes", wanted.address());
            }
            mail.add(new Mailbox(customer, wanted.address(), wanted.protocols(), now));
        }
        for (MailboxState wanted : d.mailboxesToChange()) {
            mail.mailboxByAddress(wanted.address()).orElseThrow().changeProtocols(wanted.protocols(), now);
        }
        for (WebsiteState wanted : d.websitesToAdd()) {
            if (websites.findByHostname(wanted.hostname()).isPresent()) {
                throw new HeldElsewhereException("websites", wanted.displayName());
            }
            websites.add(new Website(customer, wanted.hostname(), wanted.plan(), wanted.trafficLimitBytes(), now));
        }
        for (WebsiteState wanted : d.websitesToChange()) {
            websites.findByHostname(wanted.hostname()).orElseThrow().changePlan(wanted.plan(), wanted.trafficLimitBytes());
        }
        return d.changes().stream().map(ch -> new ContactChange(customer, ch.field(), ch.subject(),
                ch.role() == null ? null : ch.role().name(), ch.oldValue(), ch.newValue(), ItemSource.CUSTOMER_SYSTEM,
                now, by)).toList();
    }

    /** The state the portal holds, in the customer system's terms. */
    private CustomerState stateOf(Customer customer) {
        List<DomainState> held = domains.ofCustomer(customer.id()).stream().map(d -> {
            Map<ContactRole, DomainContactState> contacts = new EnumMap<>(ContactRole.class);
            d.contacts().forEach(c -> contacts.put(c.role(), new DomainContactState(c.holderKind(), c.details())));
            return new DomainState(d.name(), d.registeredOn(), d.expiresOn(), contacts);
        }).toList();
        List<MailboxState> boxes = mail.mailboxesOf(customer.id()).stream()
                .map(m -> new MailboxState(m.address(), m.protocols())).toList();
        List<WebsiteState> sites = websites.ofCustomer(customer.id()).stream()
                .map(w -> new WebsiteState(w.hostname(), w.planName(), w.trafficLimitBytes())).toList();
        return new CustomerState(customer.contact(), customer.preferredLanguage(), held, boxes, sites);
    }
}
