package nl.provalue.privacy.domain.disclosure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * P9, P11, P13: a lawful request to disclose customer data. Decisions need a second staff member
 * (four eyes). The customers concerned see the request only once a reviewer has decided about
 * secrecy, and not while a secrecy period runs ({@link #visibleToCustomer}).
 */
@Entity
@Table(name = "disclosure_request")
@NamedQuery(
        name = "DisclosureRequest.countOpen",
        query = "select count(d) from DisclosureRequest d where d.status not in :closed")
@NamedQuery(
        name = "DisclosureRequest.about",
        query = "select distinct d from DisclosureRequest d join d.customers c where c.id = :customerId"
                + " order by d.receivedOn desc, d.id desc")
public class DisclosureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "register_number", nullable = false, length = 20, unique = true)
    private String registerNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "request_type", nullable = false, length = 40)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "authority_type", nullable = false, length = 40)
    private AuthorityType authorityType;

    @Column(name = "authority_name", nullable = false, length = 200)
    private String authorityName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_basis", nullable = false, length = 60)
    private LegalBasis legalBasis;

    @Column(name = "authority_reference", nullable = false, length = 100)
    private String authorityReference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "scope_description", nullable = false, length = 2000)
    private String scopeDescription;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private RequestStatus status;

    /** Last day on which the customers concerned may not be told. */
    @Column(name = "secrecy_until")
    private LocalDate secrecyUntil;

    /** Whether the customers may be told, as the reviewer decided; see {@link #visibleToCustomer}. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "secrecy_decision", nullable = false, length = 20)
    private SecrecyDecision secrecyDecision = SecrecyDecision.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "secrecy_decided_by_id")
    private StaffMember secrecyDecidedBy;

    @Column(name = "secrecy_decided_at")
    private Instant secrecyDecidedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registered_by_id", nullable = false)
    private StaffMember registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private StaffMember decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision", length = 20)
    private Decision decision;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "handed_over_description", length = 2000)
    private String handedOverDescription;

    @ManyToMany
    @JoinTable(
            name = "disclosure_request_customer",
            joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "customer_id"))
    private Set<Customer> customers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_request_category", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", nullable = false, length = 40)
    private Set<DataScope> scopes = EnumSet.noneOf(DataScope.class);

    @Version
    private long version;

    /** P11: the refusal of a day of receipt after today on the provider's calendar. */
    public static final String RECEIVED_IN_FUTURE = "policy.P11.receivedInFuture";

    protected DisclosureRequest() {}

    public DisclosureRequest(
            String registerNumber,
            RequestType type,
            AuthorityType authorityType,
            String authorityName,
            LegalBasis legalBasis,
            String authorityReference,
            LocalDate receivedOn,
            LocalDate deadline,
            String scopeDescription,
            Set<Customer> customers,
            Set<DataScope> scopes,
            StaffMember registeredBy,
            Instant now) {
        if (customers == null || customers.isEmpty()) {
            throw new PolicyViolationException("policy.P11.customerRequired", registerNumber);
        }
        if (receivedOn.isAfter(LocalDate.ofInstant(now, PolicyClock.PROVIDER_ZONE))) {
            // The provider's calendar, not the server's: at 00:30 in Amsterdam it is already today.
            throw new PolicyViolationException(RECEIVED_IN_FUTURE, registerNumber);
        }
        if (deadline != null && deadline.isBefore(receivedOn)) {
            throw new PolicyViolationException("policy.P11.deadlineBeforeReceipt", registerNumber);
        }
        this.registerNumber = registerNumber;
        this.type = type;
        this.authorityType = authorityType;
        this.authorityName = authorityName;
        this.legalBasis = legalBasis;
        this.authorityReference = authorityReference;
        this.receivedOn = receivedOn;
        this.deadline = deadline;
        this.scopeDescription = scopeDescription;
        this.customers = new HashSet<>(customers);
        this.scopes = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(DataScope.class) : EnumSet.copyOf(scopes);
        this.registeredBy = registeredBy;
        this.registeredAt = now;
        this.status = RequestStatus.RECEIVED;
        this.secrecyDecision = SecrecyDecision.PENDING;
    }

    /** The register number is given once, by the register, when the request is first stored. */
    public void assignRegisterNumber(String number) {
        if (registerNumber != null && !registerNumber.startsWith(PROVISIONAL)) {
            throw new IllegalStateException("register number already assigned: " + registerNumber);
        }
        this.registerNumber = number;
    }

    /** Prefix of the number a request carries between being stored and being numbered. */
    public static final String PROVISIONAL = "NEW-";

    public void requestedPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new PolicyViolationException("policy.P11.periodReversed", registerNumber);
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    /**
     * P13: the secrecy date as the order states it, entered when the request is registered. It
     * only proposes: the request stays hidden until a reviewer decides ({@link #decideSecrecy}).
     */
    public void proposeSecrecyUntil(LocalDate lastSecretDay) {
        if (secrecyDecision.isDecided()) {
            throw new PolicyViolationException("policy.P13.secrecyAlreadyDecided", registerNumber);
        }
        requireSecrecyAfterReceipt(lastSecretDay);
        this.secrecyUntil = lastSecretDay;
    }

    /**
     * P13: secrecy cannot end before the order arrived. A last secret day in the past after that
     * is a fact that can be recorded (the order's secrecy ended yesterday); one before the day of
     * receipt is a mistyped year, and taking it would show the customer a secret order at once.
     */
    private void requireSecrecyAfterReceipt(LocalDate lastSecretDay) {
        if (lastSecretDay != null && lastSecretDay.isBefore(receivedOn)) {
            throw new PolicyViolationException("policy.P13.secrecyBeforeReceipt", registerNumber);
        }
    }

    /**
     * P9, P11, P13: a reviewer, not the staff member who registered the request (four eyes),
     * decides whether the customers concerned may be told: {@code lastSecretDay} null means no
     * secrecy, otherwise the request stays secret until and including that day. A later decision
     * (secrecy extended or lifted) replaces the earlier one.
     */
    public void decideSecrecy(StaffMember reviewer, LocalDate lastSecretDay, Instant now) {
        if (reviewer == null || reviewer.sameAs(registeredBy) || reviewer == registeredBy) {
            throw new PolicyViolationException("policy.P11.fourEyes", registerNumber);
        }
        requireSecrecyAfterReceipt(lastSecretDay);
        this.secrecyUntil = lastSecretDay;
        this.secrecyDecision = lastSecretDay == null ? SecrecyDecision.NONE : SecrecyDecision.SECRET_UNTIL;
        this.secrecyDecidedBy = reviewer;
        this.secrecyDecidedAt = now;
    }

    /**
     * P9, P11, P13: whether the customers concerned may see this request on {@code today} (a day
     * in the provider's zone). Hidden until a reviewer has decided about secrecy, so that nothing
     * tips a customer off before anyone read the order; then hidden until and including the last
     * secret day, if there is one. Every screen, export and API a customer reads applies this.
     */
    public boolean visibleToCustomer(LocalDate today) {
        return secrecyDecision.isDecided() && (secrecyUntil == null || today.isAfter(secrecyUntil));
    }

    public void startLegalReview() {
        requireStatus(RequestStatus.RECEIVED);
        status = RequestStatus.UNDER_LEGAL_REVIEW;
    }

    /** P11: approval needs a reason and a second staff member. */
    public void approve(StaffMember decider, boolean inFull, String reason, Instant now) {
        decide(decider, reason, now);
        status = inFull ? RequestStatus.APPROVED_IN_FULL : RequestStatus.APPROVED_IN_PART;
        decision = inFull ? Decision.APPROVED_IN_FULL : Decision.APPROVED_IN_PART;
    }

    /** P11: refusal needs a reason and a second staff member. */
    public void refuse(StaffMember decider, String reason, Instant now) {
        decide(decider, reason, now);
        status = RequestStatus.REFUSED;
        decision = Decision.REFUSED;
    }

    /** P11: four eyes: the staff member who registered the request does not decide it. */
    public boolean mayBeDecidedBy(StaffMember decider) {
        return decider != null && decider != registeredBy && !decider.sameAs(registeredBy);
    }

    private void decide(StaffMember decider, String reason, Instant now) {
        if (status != RequestStatus.RECEIVED && status != RequestStatus.UNDER_LEGAL_REVIEW) {
            throw new PolicyViolationException("policy.P11.alreadyDecided", registerNumber);
        }
        if (reason == null || reason.isBlank()) {
            throw new PolicyViolationException("policy.P11.reasonRequired", registerNumber);
        }
        if (!mayBeDecidedBy(decider)) {
            throw new PolicyViolationException("policy.P11.fourEyes", registerNumber);
        }
        this.decidedBy = decider;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    /** P11: what exactly was handed over, to whom, when and how; only after approval. */
    public void recordHandOver(String description, Instant at) {
        if (!status.isApproved()) {
            throw new PolicyViolationException("policy.P11.handOverNeedsApproval", registerNumber);
        }
        if (description == null || description.isBlank()) {
            throw new PolicyViolationException("policy.P11.handOverDescriptionRequired", registerNumber);
        }
        this.handedOverDescription = description;
        this.handedOverAt = at;
        this.status = RequestStatus.HANDED_OVER;
    }

    public void close() {
        if (status == RequestStatus.RECEIVED || status == RequestStatus.UNDER_LEGAL_REVIEW) {
            throw new PolicyViolationException("policy.P11.closeNeedsDecision", registerNumber);
        }
        this.status = RequestStatus.CLOSED;
    }

    /**
     * P9: what the customer reads as the state of this request. A closed request says how it
     * ended (refused, handed over, approved) rather than only that it is closed.
     */
    public RequestStatus outcomeForCustomer() {
        if (status != RequestStatus.CLOSED) {
            return status;
        }
        if (decision == Decision.REFUSED) {
            return RequestStatus.REFUSED;
        }
        if (handedOverAt != null) {
            return RequestStatus.HANDED_OVER;
        }
        if (decision == Decision.APPROVED_IN_FULL) {
            return RequestStatus.APPROVED_IN_FULL;
        }
        if (decision == Decision.APPROVED_IN_PART) {
            return RequestStatus.APPROVED_IN_PART;
        }
        return RequestStatus.CLOSED;
    }

    public boolean isOverdue(LocalDate today) {
        return deadline != null && status.isOpen() && status != RequestStatus.HANDED_OVER && today.isAfter(deadline);
    }

    private void requireStatus(RequestStatus expected) {
        if (status != expected) {
            throw new PolicyViolationException("policy.P11.wrongStatus", registerNumber + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public RequestType type() {
        return type;
    }

    public AuthorityType authorityType() {
        return authorityType;
    }

    public String authorityName() {
        return authorityName;
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    public String authorityReference() {
        return authorityReference;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String scopeDescription() {
        return scopeDescription;
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate secrecyUntil() {
        return secrecyUntil;
    }

    public SecrecyDecision secrecyDecision() {
        return secrecyDecision;
    }

    public StaffMember secrecyDecidedBy() {
        return secrecyDecidedBy;
    }

    public Instant secrecyDecidedAt() {
        return secrecyDecidedAt;
    }

    public StaffMember registeredBy() {
        return registeredBy;
    }

    public StaffMember decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Decision decision() {
        return decision;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }

    public String handedOverDescription() {
        return handedOverDescription;
    }

    public Set<Customer> customers() {
        return Set.copyOf(customers);
    }

    public Set<DataScope> scopes() {
        return scopes.isEmpty() ? EnumSet.noneOf(DataScope.class) : EnumSet.copyOf(scopes);
    }
}
