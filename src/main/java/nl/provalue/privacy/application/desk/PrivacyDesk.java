package nl.provalue.privacy.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.CustomerDataAccess;
import nl.provalue.privacy.application.StaffOpenings;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.audit.AccessReason;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.DataCategory;
import nl.provalue.privacy.domain.customer.ItemSource;
import nl.provalue.privacy.domain.customer.PaperRecord;
import nl.provalue.privacy.domain.customer.PersonalDataItem;
import nl.provalue.privacy.domain.customer.StorageMedium;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;

/**
 * The staff privacy desk (P1, P2, P8, P12): find a customer, open their data only with a stated
 * reason (recorded, and shown to the customer), and record what the customer gave outside the web
 * forms and the paper records kept about them. Every action is attributed to the logged-in staff
 * member; recording needs the customer to be open, which the service layer checks.
 */
@ApplicationScoped
@Transactional
public class PrivacyDesk {

    /** One search result: enough to pick the right customer, nothing more. */
    public record Found(long customerId, String customerNumber, String name, String organisation, String city)
            implements Serializable {}

    @Inject
    CustomerRepository customers;

    @Inject
    StaffRepository staff;

    @Inject
    CurrentCaller caller;

    @Inject
    StaffOpenings openings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DocumentStore documents;

    public List<Found> search(String query, int first, int limit) {
        staffIdentity();
        return customers.search(normalise(query), first, limit).stream()
                .map(c -> new Found(
                        c.id(),
                        c.number().value(),
                        c.contact().fullName(),
                        c.contact().organisation(),
                        c.contact().city()))
                .toList();
    }

    public long count(String query) {
        staffIdentity();
        return customers.countSearch(normalise(query));
    }

    /**
     * P12: opens a customer's data for this staff member with a purpose from the list and a free
     * text that passes {@link AccessReason}. The opening is recorded (who, when, the purpose as a
     * code and the text) and the customer sees it, once however many pages are viewed in it.
     */
    public void open(long customerId, AccessPurpose purpose, String text) {
        CurrentCaller.Identity who = staffIdentity();
        if (purpose == null) {
            throw new PolicyViolationException("desk.purposeRequired", String.valueOf(customerId));
        }
        String reason = AccessReason.of(text).text();
        customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        Instant now = clock.instant();
        StaffOpenings.Opening opening = StaffOpenings.Opening.start(customerId, purpose, null, reason, now);
        audit.record(AuditEvent.staffView(
                now, who.username(), customerId, opening.id(), purpose, null, reason, "opened on the privacy desk"));
        openings.opened(opening);
    }

    public void close(long customerId) {
        openings.close(customerId);
    }

    public boolean isOpen(long customerId) {
        return openings.of(customerId).isPresent();
    }

    /**
     * P1, P8: records an item the customer gave orally, in a document or by e-mail, with the day it
     * was received and its purposes; the document itself may be attached.
     */
    @CustomerDataAccess
    public long recordItem(
            long customerId,
            DataCategory category,
            String label,
            String value,
            ItemSource source,
            LocalDate receivedOn,
            StorageMedium storage,
            Set<Purpose> purposes,
            Attachment document) {
        CurrentCaller.Identity who = staffIdentity();
        Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        StaffMember member = staff.find(who.staffMemberId()).orElseThrow();
        Instant now = clock.instant();
        Instant received = receivedOn == null
                ? null
                : receivedOn.atStartOfDay(PolicyClock.PROVIDER_ZONE).toInstant();
        if (received != null && receivedOn.isAfter(LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE)))) {
            throw new PolicyViolationException("policy.P1.receivedInFuture", label);
        }
        PersonalDataItem item = customers.addItem(new PersonalDataItem(
                customer, category, label, value, source, received, storage, purposes, member, now));
        if (document != null) {
            if (source == ItemSource.ORAL) {
                throw new PolicyViolationException("desk.noDocumentForOral", label);
            }
            documents.store(item.id(), document, now, who.username());
        }
        audit.record(new AuditEvent(
                now,
                who.username(),
                who.role(),
                AuditAction.PERSONAL_DATA_RECORDED,
                customerId,
                null,
                source + " " + category + " " + label + (document == null ? "" : " + " + document.fileName())));
        return item.id();
    }

    /** P2: a paper record: what it is, where it is kept, since when and until when. */
    @CustomerDataAccess
    public long addPaperRecord(long customerId, String description, String location, LocalDate since, LocalDate until) {
        CurrentCaller.Identity who = staffIdentity();
        Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        PaperRecord record = customers.addPaperRecord(
                new PaperRecord(customer, description, location, since, until, clock.instant()));
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.PAPER_RECORD_CHANGED,
                customerId,
                null,
                "registered: " + description + " (" + location + ")"));
        return record.id();
    }

    /** P2: the paper record was destroyed. */
    @CustomerDataAccess
    public void destroyPaperRecord(long customerId, long recordId) {
        CurrentCaller.Identity who = staffIdentity();
        PaperRecord record = customers.paperRecordsOf(customerId).stream()
                .filter(r -> r.id() == recordId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("paper record", recordId));
        record.destroy(clock.instant());
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.PAPER_RECORD_CHANGED,
                customerId,
                null,
                "destroyed: " + record.description()));
    }

    /** An uploaded document. */
    public record Attachment(String fileName, String contentType, java.io.InputStream content) {}

    private static String normalise(String query) {
        return query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
    }

    private CurrentCaller.Identity staffIdentity() {
        return caller.require(Role.STAFF, "Only staff use the privacy desk");
    }
}
