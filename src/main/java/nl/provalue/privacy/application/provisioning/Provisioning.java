package nl.provalue.privacy.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.retention.Departures;
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
import nl.provalue.privacy.domain.retention.Departure;
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
    public record Versioned(String customerNumber, CustomerState state, String etag) {}

    /** What a put did: whether it made the customer, how many changes the customer is shown, the new version. */
    public record Outcome(String customerNumber, boolean created, int changes, String etag) {}

    private static final String REFUSAL =
            "Only the provider's customer system (a key with PROVISIONING) keeps customers";

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerRepository customers;

    @Inject
    DomainRepository domains;

    @Inject
    MailRepository mail;

    @Inject
    WebsiteRepository websites;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Departures departures;

    /** The state the portal holds for this customer, with its version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(String customerNumber) {
        requireSystem();
        Customer customer = customers
                .findByNumber(new CustomerNumber(customerNumber))
                .orElseThrow(() -> new NotFoundException("customer", customerNumber));
        requireNotLeft(customer, clock.instant());
        CustomerState state = stateOf(customer);
        return new Versioned(customerNumber, state, state.etag());
    }

    /** Puts the wanted state if the version condition holds; see {@link VersionCondition}. */
    public Outcome put(String customerNumber, CustomerState wanted, VersionCondition condition) {
        CurrentCaller.Identity system = requireSystem();
        CustomerNumber number = new CustomerNumber(customerNumber);
        validate(wanted);
        Instant now = clock.instant();
        Optional<Customer> existing = customers.lockByNumber(number);
        if (existing.isEmpty()) {
            if (condition.verdict(null) != VersionCondition.Verdict.PROCEED) {
                throw new PreconditionException(
                        PreconditionException.Kind.FAILED,
                        "There is no customer " + customerNumber + " yet; leave If-Match out to create one.",
                        null);
            }
            Customer customer = customers.add(
                    new Customer(number, wanted.contact(), wanted.language(), now, ItemSource.CUSTOMER_SYSTEM));
            apply(customer, StateDifference.ofNew(wanted), now, system.username());
            contractEnd(customer, wanted.contractEnd(), now);
            audit.record(new AuditEvent(
                    now,
                    system.username(),
                    system.role(),
                    AuditAction.CUSTOMER_PROVISIONED,
                    customer.id(),
                    null,
                    "created"));
            return new Outcome(customerNumber, true, 0, wanted.etag());
        }
        Customer customer = existing.get();
        requireNotLeft(customer, now);
        CustomerState current = stateOf(customer);
        String currentTag = current.etag();
        String wantedTag = wanted.etag();
        switch (condition.verdict(currentTag)) {
            case REQUIRED ->
                throw new PreconditionException(
                        PreconditionException.Kind.REQUIRED,
                        "Customer " + customerNumber + " exists: send If-Match with the ETag you read.",
                        currentTag);
            case FAILED -> {
                if (!currentTag.equals(wantedTag) || condition.onlyIfNew()) {
                    throw new PreconditionException(
                            PreconditionException.Kind.FAILED,
                            "Customer " + customerNumber + " changed since you read it; read it again.",
                            currentTag);
                }
                // RFC 9110 §13.1.1: the change was made already (a retry after a lost answer).
                return new Outcome(customerNumber, false, 0, currentTag);
            }
            case PROCEED -> {}
        }
        StateDifference difference = StateDifference.between(current, wanted);
        boolean endChanged = contractEnd(customer, wanted.contractEnd(), now);
        if (difference.isEmpty()) {
            if (endChanged) {
                audit.record(new AuditEvent(
                        now,
                        system.username(),
                        system.role(),
                        AuditAction.CUSTOMER_PROVISIONED,
                        customer.id(),
                        null,
                        endText(wanted.contractEnd())));
            }
            return new Outcome(customerNumber, false, 0, endChanged ? wantedTag : currentTag);
        }
        List<ContactChange> recorded = new ArrayList<>(
                customer.correctContact(wanted.contact(), ItemSource.CUSTOMER_SYSTEM, now, system.username()));
        customer.changeLanguage(wanted.language());
        recorded.addAll(apply(customer, difference, now, system.username()));
        recorded.forEach(customers::addContactChange);
        audit.record(new AuditEvent(
                now,
                system.username(),
                system.role(),
                AuditAction.CUSTOMER_PROVISIONED,
                customer.id(),
                null,
                recorded.size() + " changes" + (endChanged ? "; " + endText(wanted.contractEnd()) : "")));
        return new Outcome(customerNumber, false, recorded.size(), wantedTag);
    }

    /**
     * P8: ends the customer's contract now (the login closes at once); what is kept of them then
     * follows its retention. False when it had ended already.
     */
    public boolean end(String customerNumber) {
        CurrentCaller.Identity system = requireSystem();
        Instant now = clock.instant();
        Customer customer = customers
                .lockByNumber(new CustomerNumber(customerNumber))
                .orElseThrow(() -> new NotFoundException("customer", customerNumber));
        if (customer.hasLeftAt(now)) {
            return false;
        }
        departures.end(customer, new Departure(now), now);
        audit.record(new AuditEvent(
                now,
                system.username(),
                system.role(),
                AuditAction.CUSTOMER_PROVISIONED,
                customer.id(),
                null,
                "contract ended now"));
        return true;
    }

    /** P8: the contract's last day as the customer system has it: set, moved, or called off (null). */
    private boolean contractEnd(Customer customer, java.time.LocalDate lastDay, Instant now) {
        return lastDay == null
                ? customer.cancelContractEnd(now)
                : departures.end(customer, Departure.afterLastDay(lastDay), now);
    }

    private static String endText(java.time.LocalDate lastDay) {
        return lastDay == null ? "contract end called off" : "contract ends after " + lastDay;
    }

    private static void requireNotLeft(Customer customer, Instant now) {
        if (customer.hasLeftAt(now)) {
            throw new CustomerLeftException(customer.number().value(), new Departure(customer.leftAt()).lastDay());
        }
    }

    private CurrentCaller.Identity requireSystem() {
        return caller.identity()
                .filter(i -> i.scopes().contains(ApiScope.PROVISIONING))
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
            add(customer, wanted);
        }
        for (DomainState wanted : d.domainsToChange()) {
            DomainName domain = domains.findByName(wanted.name()).orElseThrow();
            domain.changeDates(wanted.registeredOn(), wanted.expiresOn());
            for (ContactRole role : ContactRole.values()) {
                DomainContactState c = wanted.contacts().get(role);
                Optional<DomainContact> held = domain.contact(role);
                if (c == null) {
                    if (held.isPresent()) {
                        domains.removeContact(domain, role);
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
            add(customer, wanted, now);
        }
        for (MailboxState wanted : d.mailboxesToChange()) {
            mail.mailboxByAddress(wanted.address()).orElseThrow().changeProtocols(wanted.protocols(), now);
        }
        for (WebsiteState wanted : d.websitesToAdd()) {
            if (websites.findByHostname(wanted.hostname()).isPresent()) {
                throw new HeldElsewhereException("websites", wanted.displayName());
            }
            add(customer, wanted, now);
        }
        for (WebsiteState wanted : d.websitesToChange()) {
            websites.findByHostname(wanted.hostname())
                    .orElseThrow()
                    .changePlan(wanted.plan(), wanted.trafficLimitBytes());
        }
        return d.changes().stream()
                .map(ch -> new ContactChange(
                        customer,
                        ch.field(),
                        ch.subject(),
                        ch.role() == null ? null : ch.role().name(),
                        ch.oldValue(),
                        ch.newValue(),
                        ItemSource.CUSTOMER_SYSTEM,
                        now,
                        by))
                .toList();
    }

    private void add(Customer customer, DomainState wanted) {
        DomainName domain = new DomainName(customer, wanted.name(), wanted.registeredOn(), wanted.expiresOn());
        wanted.contacts().forEach((role, c) -> domain.addContact(new DomainContact(role, c.holderKind(), c.details())));
        domains.add(domain);
    }

    private void add(Customer customer, MailboxState wanted, Instant now) {
        mail.add(new Mailbox(customer, wanted.address(), wanted.protocols(), now));
    }

    private void add(Customer customer, WebsiteState wanted, Instant now) {
        websites.add(new Website(customer, wanted.hostname(), wanted.plan(), wanted.trafficLimitBytes(), now));
    }

    /** One line of a bulk load: a customer number and the state the customer system has. */
    public record BulkLine(long line, String customerNumber, CustomerState state) {}

    /**
     * What became of one line: {@code created}, {@code unchanged} (the portal holds this state
     * already), or refused with the HTTP status a single put would have had, the field and why.
     */
    public record LineOutcome(
            long line, String customerNumber, String result, int status, String field, String detail) {

        public static LineOutcome refused(long line, String customerNumber, int status, String field, String detail) {
            return new LineOutcome(line, customerNumber, "refused", status, field, detail);
        }
    }

    /**
     * The first day's load: many customers in one transaction. A customer that is not here yet is
     * made (as a put would); one that is here already with the same state is left as it is; one
     * here with another state is refused (412: it changes only with a put naming its version), as
     * is a number or name given twice or a name of another customer (409). Checked in a few reads
     * for the whole batch, not per line.
     */
    public List<LineOutcome> load(List<BulkLine> lines) {
        CurrentCaller.Identity system = requireSystem();
        Instant now = clock.instant();
        Map<String, Customer> existing = new java.util.HashMap<>();
        customers
                .findByNumbers(lines.stream().map(BulkLine::customerNumber).toList())
                .forEach(c -> existing.put(c.number().value(), c));
        Set<String> domainNames = new java.util.HashSet<>(domains.existing(lines.stream()
                .flatMap(l -> l.state().domains().stream())
                .map(DomainState::name)
                .toList()));
        Set<String> addresses = new java.util.HashSet<>(mail.existingMailboxes(lines.stream()
                .flatMap(l -> l.state().mailboxes().stream())
                .map(MailboxState::address)
                .toList()));
        Set<String> hostnames = new java.util.HashSet<>(websites.existingHostnames(lines.stream()
                .flatMap(l -> l.state().websites().stream())
                .map(WebsiteState::hostname)
                .toList()));
        Set<String> numbers = new java.util.HashSet<>();
        List<LineOutcome> outcomes = new ArrayList<>(lines.size());
        for (BulkLine line : lines) {
            CustomerState wanted = line.state();
            if (!numbers.add(line.customerNumber())) {
                outcomes.add(LineOutcome.refused(
                        line.line(), line.customerNumber(), 409, "customerNumber", "given twice in this load"));
                continue;
            }
            Customer held = existing.get(line.customerNumber());
            if (held != null && held.hasLeftAt(now)) {
                outcomes.add(LineOutcome.refused(
                        line.line(),
                        line.customerNumber(),
                        410,
                        "customerNumber",
                        "the contract of this customer has ended"));
                continue;
            }
            if (held != null) {
                outcomes.add(
                        stateOf(held).equals(wanted)
                                ? new LineOutcome(line.line(), line.customerNumber(), "unchanged", 200, null, null)
                                : LineOutcome.refused(
                                        line.line(),
                                        line.customerNumber(),
                                        412,
                                        "customerNumber",
                                        "exists with another state; change it with PUT and If-Match"));
                continue;
            }
            String taken = wanted.domains().stream()
                    .map(DomainState::name)
                    .filter(domainNames::contains)
                    .findFirst()
                    .map(n -> "domains: " + n)
                    .orElse(wanted.mailboxes().stream()
                            .map(MailboxState::address)
                            .filter(addresses::contains)
                            .findFirst()
                            .map(a -> "mailboxes: " + a)
                            .orElse(wanted.websites().stream()
                                    .map(WebsiteState::hostname)
                                    .filter(hostnames::contains)
                                    .findFirst()
                                    .map(h -> "websites: " + h)
                                    .orElse(null)));
            if (taken != null) {
                String field = taken.substring(0, taken.indexOf(':'));
                outcomes.add(LineOutcome.refused(
                        line.line(),
                        line.customerNumber(),
                        409,
                        field,
                        taken.substring(field.length() + 2) + " belongs to another customer"));
                continue;
            }
            validate(wanted);
            Customer customer = customers.add(new Customer(
                    new CustomerNumber(line.customerNumber()),
                    wanted.contact(),
                    wanted.language(),
                    now,
                    ItemSource.CUSTOMER_SYSTEM));
            wanted.domains().forEach(d -> {
                domainNames.add(d.name());
                add(customer, d);
            });
            wanted.mailboxes().forEach(m -> {
                addresses.add(m.address());
                add(customer, m, now);
            });
            wanted.websites().forEach(w -> {
                hostnames.add(w.hostname());
                add(customer, w, now);
            });
            contractEnd(customer, wanted.contractEnd(), now);
            audit.record(new AuditEvent(
                    now,
                    system.username(),
                    system.role(),
                    AuditAction.CUSTOMER_PROVISIONED,
                    customer.id(),
                    null,
                    "created (bulk load)"));
            outcomes.add(new LineOutcome(line.line(), line.customerNumber(), "created", 201, null, null));
        }
        return outcomes;
    }

    /** The state the portal holds, in the customer system's terms. */
    private CustomerState stateOf(Customer customer) {
        List<DomainState> held = domains.ofCustomer(customer.id()).stream()
                .map(d -> {
                    Map<ContactRole, DomainContactState> contacts = new EnumMap<>(ContactRole.class);
                    d.contacts()
                            .forEach(c -> contacts.put(c.role(), new DomainContactState(c.holderKind(), c.details())));
                    return new DomainState(d.name(), d.registeredOn(), d.expiresOn(), contacts);
                })
                .toList();
        List<MailboxState> boxes = mail.mailboxesOf(customer.id()).stream()
                .map(m -> new MailboxState(m.address(), m.protocols()))
                .toList();
        List<WebsiteState> sites = websites.ofCustomer(customer.id()).stream()
                .map(w -> new WebsiteState(w.hostname(), w.planName(), w.trafficLimitBytes()))
                .toList();
        return new CustomerState(
                customer.contact(),
                customer.preferredLanguage(),
                held,
                boxes,
                sites,
                customer.leftAt() == null ? null : new Departure(customer.leftAt()).lastDay());
    }
}
