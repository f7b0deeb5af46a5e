package nl.provalue.privacy.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.disclosure.Attachment;
import nl.provalue.privacy.domain.disclosure.AttachmentStore;
import nl.provalue.privacy.domain.disclosure.AuthorityType;
import nl.provalue.privacy.domain.disclosure.DataScope;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.disclosure.LegalBasis;
import nl.provalue.privacy.domain.disclosure.RegisterEvent;
import nl.provalue.privacy.domain.disclosure.RegisterEventType;
import nl.provalue.privacy.domain.disclosure.RequestStatus;
import nl.provalue.privacy.domain.disclosure.RequestType;
import nl.provalue.privacy.domain.disclosure.SecrecyDecision;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.staff.StaffMember;
import nl.provalue.privacy.domain.staff.StaffRepository;

/**
 * P11, P13: staff keep the register of lawful disclosure requests. Every action is attributed to
 * the logged-in staff member and appended to the hash chain; decisions need a second staff
 * member (enforced by {@link DisclosureRequest} and by the database).
 */
@RetriedOnConflict
@ApplicationScoped
@Transactional
public class DisclosureRegister {

    @Inject
    DisclosureRepository register;

    @Inject
    CustomerRepository customers;

    @Inject
    StaffRepository staff;

    @Inject
    RegisterLedger ledger;

    @Inject
    AttachmentStore attachments;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** What staff enter for a new request. */
    public record NewRequest(
            RequestType type,
            AuthorityType authorityType,
            String authorityName,
            LegalBasis legalBasis,
            String reference,
            LocalDate receivedOn,
            LocalDate deadline,
            LocalDate periodFrom,
            LocalDate periodTo,
            String scope,
            List<String> customerNumbers,
            Set<DataScope> scopes,
            LocalDate secrecyUntil) {}

    /** A line of the register. */
    public record Row(
            long id,
            String registerNumber,
            RequestType type,
            AuthorityType authorityType,
            String authorityName,
            LegalBasis legalBasis,
            LocalDate receivedOn,
            LocalDate deadline,
            RequestStatus status,
            boolean overdue,
            LocalDate secrecyUntil,
            SecrecyDecision secrecyDecision,
            boolean visibleToCustomers,
            String customers)
            implements Serializable {}

    /** One request with its whole history. */
    public record Detail(
            Row row,
            String reference,
            LocalDate periodFrom,
            LocalDate periodTo,
            String scope,
            List<DataScope> scopes,
            String registeredBy,
            String decidedBy,
            String decisionReason,
            Instant handedOverAt,
            String handedOver,
            String secrecyDecidedBy,
            Instant secrecyDecidedAt,
            List<RegisterEvent> history,
            List<Attachment> attachments,
            boolean mayDecide)
            implements Serializable {}

    /** Register filters; null means any. */
    public record Filter(String text, RequestStatus status, RequestType type, boolean overdueOnly) {}

    public String register(NewRequest n) {
        StaffMember me = me();
        Set<Customer> concerned = new HashSet<>();
        for (String number : n.customerNumbers()) {
            try {
                concerned.add(customers
                        .findByNumber(new CustomerNumber(number.trim().toUpperCase(Locale.ROOT)))
                        .orElseThrow(() -> new NotFoundException("customer", number)));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("customer", number);
            }
        }
        DisclosureRequest request = new DisclosureRequest(
                null,
                n.type(),
                n.authorityType(),
                n.authorityName().trim(),
                n.legalBasis(),
                n.reference().trim(),
                n.receivedOn(),
                n.deadline(),
                n.scope().trim(),
                concerned,
                n.scopes() == null || n.scopes().isEmpty()
                        ? EnumSet.noneOf(DataScope.class)
                        : EnumSet.copyOf(n.scopes()),
                me,
                now());
        request.requestedPeriod(n.periodFrom(), n.periodTo());
        if (n.secrecyUntil() != null) {
            request.proposeSecrecyUntil(n.secrecyUntil());
        }
        register.add(request);
        ledger.append(request, RegisterEventType.REGISTERED, username());
        return request.registerNumber();
    }

    public void startReview(long id) {
        DisclosureRequest r = request(id);
        me();
        r.startLegalReview();
        ledger.append(r, RegisterEventType.REVIEW_STARTED, username());
    }

    public void approve(long id, boolean inFull, String reason) {
        DisclosureRequest r = request(id);
        r.approve(me(), inFull, reason, now());
        ledger.append(r, RegisterEventType.APPROVED, username());
    }

    public void refuse(long id, String reason) {
        DisclosureRequest r = request(id);
        r.refuse(me(), reason, now());
        ledger.append(r, RegisterEventType.REFUSED, username());
    }

    public void handOver(long id, String description) {
        DisclosureRequest r = request(id);
        me();
        r.recordHandOver(description, now());
        ledger.append(r, RegisterEventType.HANDED_OVER, username());
    }

    /**
     * P9, P11, P13: the reviewer's decision whether the customers may be told: {@code until} null
     * is "no secrecy", otherwise secret until and including that day. Until the first decision the
     * customers see nothing of the request.
     */
    public void decideSecrecy(long id, LocalDate until) {
        DisclosureRequest r = request(id);
        r.decideSecrecy(me(), until, now());
        ledger.append(r, RegisterEventType.SECRECY_DECIDED, username());
    }

    /** P11: attaches the order itself; its SHA-256 goes into the register's chain. */
    public Attachment attach(long id, String fileName, String contentType, java.io.InputStream content) {
        DisclosureRequest r = request(id);
        me();
        String name = Attachment.keptName(fileName, id);
        Attachment stored = attachments.store(id, name, contentType, content, now(), username());
        ledger.append(r, RegisterEventType.ATTACHMENT_ADDED, username());
        return stored;
    }

    public java.util.Optional<Attachment> attachment(long attachmentId) {
        me();
        return attachments.find(attachmentId);
    }

    public void copyAttachment(long attachmentId, java.io.OutputStream out) {
        me();
        attachments.copy(attachmentId, out);
    }

    public void close(long id) {
        DisclosureRequest r = request(id);
        me();
        r.close();
        ledger.append(r, RegisterEventType.CLOSED, username());
    }

    public List<Row> search(Filter f) {
        me();
        LocalDate today = today();
        String text =
                f.text() == null || f.text().isBlank() ? null : f.text().trim().toLowerCase(Locale.ROOT);
        return register.search(text, f.status(), f.type()).stream()
                .map(r -> row(r, today))
                .filter(r -> !f.overdueOnly() || r.overdue())
                .toList();
    }

    public Detail detail(long id) {
        StaffMember me = me();
        DisclosureRequest r = request(id);
        return new Detail(
                row(r, today()),
                r.authorityReference(),
                r.periodFrom(),
                r.periodTo(),
                r.scopeDescription(),
                List.copyOf(r.scopes()),
                r.registeredBy().fullName(),
                r.decidedBy() == null ? null : r.decidedBy().fullName(),
                r.decisionReason(),
                r.handedOverAt(),
                r.handedOverDescription(),
                r.secrecyDecidedBy() == null ? null : r.secrecyDecidedBy().fullName(),
                r.secrecyDecidedAt(),
                ledger.historyOf(id),
                attachments.of(id),
                r.mayBeDecidedBy(me));
    }

    private Row row(DisclosureRequest r, LocalDate today) {
        return new Row(
                r.id(),
                r.registerNumber(),
                r.type(),
                r.authorityType(),
                r.authorityName(),
                r.legalBasis(),
                r.receivedOn(),
                r.deadline(),
                r.status(),
                r.isOverdue(today),
                r.secrecyUntil(),
                r.secrecyDecision(),
                r.visibleToCustomer(today),
                String.join(
                        ", ",
                        r.customers().stream()
                                .map(c -> c.number().value())
                                .sorted()
                                .toList()));
    }

    private DisclosureRequest request(long id) {
        return register.find(id).orElseThrow(() -> new NotFoundException("disclosure request", id));
    }

    private StaffMember me() {
        CurrentCaller.Identity who = caller.identity()
                .filter(i -> i.role() == Role.STAFF)
                .orElseThrow(() -> new AccessDeniedException("Only staff keep the register"));
        return staff.find(who.staffMemberId()).orElseThrow();
    }

    private String username() {
        return caller.identity().map(CurrentCaller.Identity::username).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
    }
}
