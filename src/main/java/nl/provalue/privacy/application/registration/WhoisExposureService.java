package nl.provalue.privacy.application.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerDataAccess;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.DomainContact;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.registration.FieldExposure;
import nl.provalue.privacy.domain.registration.PublicationPolicy;
import nl.provalue.privacy.domain.registration.TldPolicy;
import nl.provalue.privacy.domain.registration.TldRuleRepository;
import nl.provalue.privacy.domain.registration.WhoisConsentChange;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * P10: what the world sees of each domain's registration data, and the customer's consent where a
 * registry lets them choose. The public RDAP service and the customer's preview both read
 * {@link #publicRecord(String)}.
 */
@ApplicationScoped
@Transactional
public class WhoisExposureService {

    @Inject
    DomainRepository domains;

    @Inject
    TldRuleRepository rules;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The public record of a domain the provider holds; empty for any other name. */
    public Optional<PublicRecord> publicRecord(String domainName) {
        return domains.findByName(domainName).map(this::toRecord);
    }

    /** P10: the records of all of a customer's domains. */
    @CustomerDataAccess
    public List<PublicRecord> recordsOf(long customerId) {
        return domains.ofCustomer(customerId).stream().map(this::toRecord).toList();
    }

    /**
     * P10: gives or withdraws consent to publish a contact where the TLD's rules allow a choice;
     * recorded (who, when, what) and in effect in the public record at once.
     */
    @CustomerDataAccess
    public void changeConsent(long customerId, String domainName, ContactRole role, boolean consent) {
        DomainName domain = domains.findByName(domainName)
                .filter(d -> d.customer().id() == customerId)
                .orElseThrow(() -> new NotFoundException("domain", domainName));
        DomainContact contact = domain.contact(role).orElseThrow(() -> new NotFoundException("contact", role));
        PublicationPolicy policy = new PublicationPolicy(rules.rulesFor(domain.tld()));
        if (!policy.choiceAllowed(contact)) {
            throw new PolicyViolationException("policy.P10.noChoice", domainName + " " + role);
        }
        if (contact.publishConsent() == consent) {
            return;
        }
        Instant now = clock.instant();
        String by = caller.identity().map(CurrentCaller.Identity::username).orElse("system");
        contact.changeConsent(consent, now);
        domains.addConsentChange(new WhoisConsentChange(contact, consent, now, by));
        audit.record(new AuditEvent(
                now,
                by,
                caller.identity().map(CurrentCaller.Identity::role).orElseThrow(),
                AuditAction.WHOIS_CONSENT_CHANGED,
                customerId,
                null,
                domainName + " " + role + " consent=" + consent));
    }

    private PublicRecord toRecord(DomainName d) {
        PublicationPolicy policy = new PublicationPolicy(rules.rulesFor(d.tld()));
        Optional<TldPolicy> tld = rules.policy(d.tld());
        Map<DomainContact, List<FieldExposure>> exposed = policy.exposeAll(d.contacts());
        List<PublicRecord.Contact> contacts = d.contacts().stream()
                .sorted(Comparator.comparing(DomainContact::role))
                .map(c -> new PublicRecord.Contact(
                        c.id(),
                        c.role(),
                        c.holderKind(),
                        c.publishConsent(),
                        policy.choiceAllowed(c),
                        c.consentChangedAt(),
                        exposed.get(c)))
                .toList();
        return new PublicRecord(
                d.id(),
                d.name(),
                d.tld(),
                tld.map(TldPolicy::registry).orElse("unknown registry"),
                tld.map(TldPolicy::policySource).orElse(null),
                tld.map(TldPolicy::policySourceNl).orElse(null),
                d.registeredOn(),
                d.expiresOn(),
                clock.instant(),
                contacts);
    }
}
