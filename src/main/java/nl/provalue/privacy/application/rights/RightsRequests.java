package nl.provalue.privacy.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerDataAccess;
import nl.provalue.privacy.application.StaffOpenings;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.rights.ErasureAssessment;
import nl.provalue.privacy.domain.rights.RequestChannel;
import nl.provalue.privacy.domain.rights.RightsRequest;
import nl.provalue.privacy.domain.rights.RightsRequestRepository;
import nl.provalue.privacy.domain.rights.RightsRequestStatus;
import nl.provalue.privacy.domain.rights.RightsRequestType;
import nl.provalue.privacy.domain.rights.StatutoryDeadline;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;

/**
 * Rights requests under the GDPR: customers file, follow and withdraw their own; staff register
 * those that arrive by letter, phone or e-mail and work the queue by deadline. Every step is
 * attributed to the person who took it.
 */
@ApplicationScoped
@Transactional
public class RightsRequests {

    /** A request as the customer and staff see it. */
    public record View(
            long id,
            String customerNumber,
            String customerName,
            RightsRequestType type,
            RequestChannel channel,
            String description,
            LocalDate receivedOn,
            LocalDate deadline,
            boolean extended,
            String extensionReason,
            RightsRequestStatus status,
            String answer,
            String handledBy,
            StatutoryDeadline.Urgency urgency,
            List<Step> history)
            implements Serializable {
        public boolean open() {
            return status.isOpen();
        }
    }

    /** One step of the history. */
    public record Step(Instant at, String actor, String event, String detail) implements Serializable {}

    @Inject
    RightsRequestRepository requests;

    @Inject
    CustomerRepository customers;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    StaffOpenings openings;

    @Inject
    Clock clock;

    // ---- the customer ----

    /** The customer files a request from the portal; received today. */
    @CustomerDataAccess
    public View file(long customerId, RightsRequestType type, String description) {
        CurrentCaller.Identity who = customerIdentity();
        Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        RightsRequest r = requests.add(new RightsRequest(
                customer, type, RequestChannel.PORTAL, description, today(), today(), who.username(), clock.instant()));
        audited(who, r, "filed " + type);
        return view(r);
    }

    @CustomerDataAccess
    public List<View> ofCustomer(long customerId) {
        return requests.ofCustomer(customerId).stream().map(this::view).toList();
    }

    /** The customer withdraws one of their own open requests; another's is "not found". */
    @CustomerDataAccess
    public View withdraw(long customerId, long requestId) {
        CurrentCaller.Identity who = customerIdentity();
        RightsRequest r = requests.find(requestId)
                .filter(x -> x.customer().id() == customerId)
                .orElseThrow(() -> new NotFoundException("rights request", requestId));
        r.withdraw(who.username(), clock.instant());
        audited(who, r, "withdrawn");
        return view(r);
    }

    // ---- staff ----

    /** A request that arrived by letter, phone or e-mail, on the day it arrived. */
    public View register(
            String customerNumber,
            RightsRequestType type,
            RequestChannel channel,
            String description,
            LocalDate receivedOn) {
        CurrentCaller.Identity who = staffIdentity();
        Customer customer;
        try {
            customer = customers
                    .findByNumber(new CustomerNumber(
                            customerNumber == null ? "" : customerNumber.trim().toUpperCase(java.util.Locale.ROOT)))
                    .orElseThrow(() -> new NotFoundException("customer", customerNumber));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("customer", customerNumber);
        }
        RightsRequest r = requests.add(new RightsRequest(
                customer, type, channel, description, receivedOn, today(), who.username(), clock.instant()));
        audited(who, r, "registered " + type + " received " + receivedOn + " by " + channel);
        return view(r);
    }

    public List<View> queue(boolean openOnly, int first, int limit) {
        staffIdentity();
        return requests.queue(openOnly, first, limit).stream().map(this::view).toList();
    }

    public long count(boolean openOnly) {
        staffIdentity();
        return requests.count(openOnly);
    }

    /**
     * One request, for the staff member working it. It shows the customer's own words and the
     * answer, so reading it is recorded like any opening of the customer's data (P12).
     */
    public View detail(long requestId) {
        CurrentCaller.Identity who = staffIdentity();
        RightsRequest r = find(requestId);
        // Handling the customer's own request is the purpose; its views in this sign-in are one opening.
        String concerning = "rights request " + r.id();
        StaffOpenings.Opening opening = openings.within(
                r.customer().id(), AccessPurpose.RIGHTS_REQUEST, r.type().name(), null, concerning, clock.instant());
        audit.record(AuditEvent.staffView(
                clock.instant(),
                who.username(),
                r.customer().id(),
                opening.id(),
                opening.purpose(),
                opening.purposeDetail(),
                null,
                concerning));
        return view(r);
    }

    public View identityChecked(long requestId) {
        return step(requestId, (r, who, now) -> r.identityChecked(who, now), "identity checked");
    }

    public View startWork(long requestId) {
        return step(requestId, (r, who, now) -> r.startWork(who, now), "in progress");
    }

    public View extend(long requestId, String reason) {
        return step(requestId, (r, who, now) -> r.extend(reason, who, now, today()), "extended");
    }

    public View complete(long requestId, String answer) {
        return step(requestId, (r, who, now) -> r.complete(answer, who, now), "answered");
    }

    public View refuse(long requestId, String reason) {
        return step(requestId, (r, who, now) -> r.refuse(reason, who, now), "refused");
    }

    /** Article 17: per category, what an erasure removes now and what is kept and why. */
    public List<ErasureAssessment.Line> erasureAssessment() {
        return ErasureAssessment.all();
    }

    private interface Action {
        void apply(RightsRequest r, String who, Instant now);
    }

    private View step(long requestId, Action action, String what) {
        CurrentCaller.Identity who = staffIdentity();
        RightsRequest r = find(requestId);
        action.apply(r, who.username(), clock.instant());
        audited(who, r, what);
        return view(r);
    }

    private RightsRequest find(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new NotFoundException("rights request", requestId));
    }

    private void audited(CurrentCaller.Identity who, RightsRequest r, String what) {
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.RIGHTS_REQUEST_CHANGED,
                r.customer().id(),
                null,
                "request " + r.id() + ": " + what));
    }

    private View view(RightsRequest r) {
        return new View(
                r.id(),
                r.customer().number().value(),
                r.customer().contact().fullName(),
                r.type(),
                r.channel(),
                r.description(),
                r.receivedOn(),
                r.deadline(),
                r.extended(),
                r.extensionReason(),
                r.status(),
                r.answer(),
                r.handledBy(),
                r.urgency(today()),
                r.events().stream()
                        .map(e -> new Step(e.occurredAt(), e.actor(), e.event(), e.detail()))
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
    }

    private CurrentCaller.Identity customerIdentity() {
        return caller.require(Role.CUSTOMER, "Only the customer files or withdraws their requests");
    }

    private CurrentCaller.Identity staffIdentity() {
        return caller.require(Role.STAFF, "Only staff work rights requests");
    }
}
