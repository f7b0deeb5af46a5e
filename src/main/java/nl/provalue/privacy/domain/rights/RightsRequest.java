package nl.provalue.privacy.domain.rights;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's request to exercise a right under the GDPR: received (from the portal, by letter,
 * phone or e-mail), identity checked, worked on, and answered, refused with a reason, or withdrawn
 * by the customer while it is open. The statutory deadline is one month from receipt and can be
 * extended once, by two months, with a recorded reason. Every step is kept with who took it.
 */
@Entity
@Table(name = "rights_request")
public class RightsRequest {

    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "request_type", nullable = false, length = 20)
    private RightsRequestType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false, length = 20)
    private RequestChannel channel;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "extended", nullable = false)
    private boolean extended;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private RightsRequestStatus status;

    @Column(name = "refusal_reason", length = 2000)
    private String refusalReason;

    @Column(name = "answer", length = MAX_TEXT)
    private String answer;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<RightsRequestEvent> events = new ArrayList<>();

    protected RightsRequest() {}

    public RightsRequest(
            Customer customer,
            RightsRequestType type,
            RequestChannel channel,
            String description,
            LocalDate receivedOn,
            LocalDate today,
            String by,
            Instant now) {
        if (receivedOn.isAfter(today)) {
            throw new PolicyViolationException("rights.receivedInFuture", receivedOn.toString());
        }
        if (description == null || description.isBlank()) {
            throw new PolicyViolationException("rights.descriptionRequired", type.name());
        }
        this.customer = customer;
        this.type = type;
        this.channel = channel;
        this.description = clip(description.trim(), 2000);
        this.receivedOn = receivedOn;
        this.deadline = StatutoryDeadline.of(receivedOn);
        this.status = RightsRequestStatus.RECEIVED;
        this.createdAt = now;
        record(now, by, "RECEIVED", channel.name());
    }

    /** Staff checked that the request comes from the customer. */
    public void identityChecked(String by, Instant now) {
        requireStatus(RightsRequestStatus.RECEIVED);
        status = RightsRequestStatus.IDENTITY_CHECKED;
        handledBy = by;
        record(now, by, "IDENTITY_CHECKED", null);
    }

    /** Work starts; only once the identity is checked. */
    public void startWork(String by, Instant now) {
        requireStatus(RightsRequestStatus.IDENTITY_CHECKED);
        status = RightsRequestStatus.IN_PROGRESS;
        handledBy = by;
        record(now, by, "IN_PROGRESS", null);
    }

    /**
     * Two more months, once, with the reason the customer is told; only within the first month
     * (article 12(3): the customer is told of the extension within a month of receipt).
     */
    public void extend(String reason, String by, Instant now, LocalDate today) {
        requireOpen();
        if (today.isAfter(deadline)) {
            throw new PolicyViolationException("rights.extensionTooLate", String.valueOf(id));
        }
        if (extended) {
            throw new PolicyViolationException("rights.alreadyExtended", String.valueOf(id));
        }
        if (reason == null || reason.isBlank()) {
            throw new PolicyViolationException("rights.extensionReasonRequired", String.valueOf(id));
        }
        extended = true;
        extensionReason = clip(reason.trim(), 1000);
        deadline = StatutoryDeadline.extended(receivedOn);
        record(now, by, "EXTENDED", extensionReason);
    }

    /** The answer the customer reads in their portal; the request is done. */
    public void complete(String answerText, String by, Instant now) {
        if (status != RightsRequestStatus.IN_PROGRESS && status != RightsRequestStatus.IDENTITY_CHECKED) {
            throw new PolicyViolationException("rights.identityFirst", String.valueOf(id));
        }
        if (answerText == null || answerText.isBlank()) {
            throw new PolicyViolationException("rights.answerRequired", String.valueOf(id));
        }
        answer = clip(answerText.trim(), MAX_TEXT);
        status = RightsRequestStatus.DONE;
        handledBy = by;
        closedAt = now;
        record(now, by, "DONE", null);
    }

    /** Refused, with the reason the customer reads (for example: the identity could not be confirmed). */
    public void refuse(String reason, String by, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new PolicyViolationException("rights.refusalReasonRequired", String.valueOf(id));
        }
        refusalReason = clip(reason.trim(), 2000);
        answer = refusalReason;
        status = RightsRequestStatus.REFUSED;
        handledBy = by;
        closedAt = now;
        record(now, by, "REFUSED", refusalReason);
    }

    /** The customer takes the request back while it is open. */
    public void withdraw(String by, Instant now) {
        if (!status.isOpen()) {
            throw new PolicyViolationException("rights.notOpen", String.valueOf(id));
        }
        status = RightsRequestStatus.WITHDRAWN;
        closedAt = now;
        record(now, by, "WITHDRAWN", null);
    }

    public StatutoryDeadline.Urgency urgency(LocalDate today) {
        return status.isOpen() ? StatutoryDeadline.urgency(deadline, today) : StatutoryDeadline.Urgency.ON_TIME;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new PolicyViolationException("rights.notOpen", String.valueOf(id));
        }
    }

    private void requireStatus(RightsRequestStatus expected) {
        if (status != expected) {
            throw new PolicyViolationException("rights.wrongStep", status + " -> " + expected);
        }
    }

    private void record(Instant at, String by, String event, String detail) {
        events.add(new RightsRequestEvent(this, at, by, event, detail));
    }

    /** Over-long text is refused, never cut: what the person wrote is kept whole or not at all. */
    private static String clip(String s, int max) {
        if (s.length() > max) {
            throw new PolicyViolationException("rights.textTooLong", s.length() + " > " + max);
        }
        return s;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public RightsRequestType type() {
        return type;
    }

    public RequestChannel channel() {
        return channel;
    }

    public String description() {
        return description;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean extended() {
        return extended;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public RightsRequestStatus status() {
        return status;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String answer() {
        return answer;
    }

    public String handledBy() {
        return handledBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<RightsRequestEvent> events() {
        return List.copyOf(events);
    }
}
