package nl.provalue.privacy.application.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.disclosure.RegisterLedger;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RegisterEventType;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.registration.DomainName;
import nl.provalue.privacy.domain.registration.DomainRepository;
import nl.provalue.privacy.domain.registration.IdnaName;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.staff.StaffRepository;

/**
 * P9, P10: a third party asks for the non-public registration data of a domain (the
 * legitimate-interest route of ICANN's Registration Data Policy). Staff record it in the
 * disclosure register as a request of its own type; the holder sees it in their portal.
 */
@ApplicationScoped
@Transactional
public class RegistrationDataRequests {

    /** ICANN's policy asks for an answer within 30 days; the deadline is set accordingly. */
    public static final int ANSWER_DAYS = 30;

    @Inject
    DomainRepository domains;

    @Inject
    DisclosureRepository register;

    @Inject
    StaffRepository staff;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    RegisterLedger ledger;

    @Inject
    Clock clock;

    /** A request as the staff screen lists it. */
    public record Row(
            String registerNumber,
            LocalDate receivedOn,
            LocalDate deadline,
            String requester,
            String reference,
            String scope,
            String status)
            implements Serializable {}

    public String register(
            String domainName, String requester, String reference, String legitimateInterest, LocalDate receivedOn) {
        CurrentCaller.Identity who = caller.identity()
                .filter(i -> i.role() == Role.STAFF)
                .orElseThrow(() -> new AccessDeniedException("Only staff keep the register"));
        // Typed by staff in either form (straße.de or xn--strae-oqa.de); held in A-labels.
        DomainName domain = asciiName(domainName)
                .flatMap(domains::findByName)
                .orElseThrow(() -> new NotFoundException("domain", domainName));
        DisclosureRequest request = new DisclosureRequest(
                null,
                RequestType.REGISTRATION_DATA,
                AuthorityType.THIRD_PARTY_REGISTRATION_DATA,
                requester.trim(),
                LegalBasis.ICANN_LEGITIMATE_INTEREST,
                reference.trim(),
                receivedOn,
                receivedOn.plusDays(ANSWER_DAYS),
                "Registration data of " + domain.name() + ". Stated interest: " + legitimateInterest.trim(),
                Set.of(domain.customer()),
                EnumSet.of(DataScope.REGISTRATION_DATA),
                staff.find(who.staffMemberId()).orElseThrow(),
                clock.instant());
        register.add(request);
        ledger.append(request, RegisterEventType.REGISTERED, who.username());
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.DISCLOSURE_REGISTERED,
                domain.customer().id(),
                null,
                request.registerNumber() + " " + domain.name()));
        return request.registerNumber();
    }

    public List<Row> latest() {
        return register.ofType(RequestType.REGISTRATION_DATA, 200).stream()
                .map(d -> new Row(
                        d.registerNumber(),
                        d.receivedOn(),
                        d.deadline(),
                        d.authorityName(),
                        d.authorityReference(),
                        d.scopeDescription(),
                        d.status().name()))
                .toList();
    }

    private static Optional<String> asciiName(String typed) {
        try {
            return Optional.of(IdnaName.parse(typed.strip()).ascii());
        } catch (IllegalArgumentException notADomainName) {
            return Optional.empty();
        }
    }
}
