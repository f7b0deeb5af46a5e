package nl.provalue.privacy.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.provalue.privacy.domain.account.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who did what, when, to whose data and why. Append-only. P12: a staff view of a customer's data
 * belongs to an opening ({@link #openingId}) and carries its purpose as a code, with the staff
 * member's own words in {@link #reason}.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = "AuditEvent.staffViewsOf",
        query = "select a from AuditEvent a where a.customerId = :customerId and a.action = :action"
                + " order by a.occurredAt desc, a.id desc")
@NamedQuery(
        name = "AuditEvent.countStaffViewsOf",
        query = "select count(a) from AuditEvent a where a.customerId = :customerId and a.action = :action")
@NamedQuery(
        name = "AuditEvent.openingsOf",
        query = "select a.openingId, min(a.occurredAt), min(a.id), max(a.occurredAt), count(a) from AuditEvent a"
                + " where a.customerId = :customerId and a.action = :action and a.openingId is not null"
                + " group by a.openingId order by min(a.occurredAt) desc, min(a.id) desc")
@NamedQuery(
        name = "AuditEvent.openingsBefore",
        query = "select a.openingId, min(a.occurredAt), min(a.id), max(a.occurredAt), count(a) from AuditEvent a"
                + " where a.customerId = :customerId and a.action = :action and a.openingId is not null"
                + " group by a.openingId"
                + " having min(a.occurredAt) < :beforeTime or (min(a.occurredAt) = :beforeTime and min(a.id) < :beforeId)"
                + " order by min(a.occurredAt) desc, min(a.id) desc")
@NamedQuery(
        name = "AuditEvent.countOpeningsOf",
        query = "select count(distinct a.openingId) from AuditEvent a"
                + " where a.customerId = :customerId and a.action = :action and a.openingId is not null")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false, length = 100)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_role", nullable = false, length = 20)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action", nullable = false, length = 60)
    private AuditAction action;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "reason", length = AccessReason.MAX_LENGTH)
    private String reason;

    @Column(name = "details", length = 2000)
    private String details;

    /** P12: the opening this staff view belongs to; every view within one opening carries the same id. */
    @Column(name = "opening_id", length = 40)
    private String openingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose_code", length = 40)
    private AccessPurpose purpose;

    /** What the purpose is about, as a code: for a rights request its type (ACCESS, ERASURE ...). */
    @Column(name = "purpose_detail", length = 40)
    private String purposeDetail;

    protected AuditEvent() {}

    /**
     * P12: one view of a customer's data by staff, within an opening: its purpose, what the purpose
     * is about (may be null) and the staff member's own words (may be null only with a detail).
     */
    public static AuditEvent staffView(
            Instant occurredAt,
            String actorUsername,
            long customerId,
            String openingId,
            AccessPurpose purpose,
            String purposeDetail,
            String reason,
            String details) {
        if (openingId == null || purpose == null) {
            throw new IllegalArgumentException("P12: a staff view belongs to an opening with a purpose");
        }
        if ((reason == null || reason.isBlank()) && purposeDetail == null) {
            throw new IllegalArgumentException("P12: a staff view of customer data needs a reason");
        }
        AuditEvent e = new AuditEvent();
        e.occurredAt = occurredAt;
        e.actorUsername = actorUsername;
        e.actorRole = Role.STAFF;
        e.action = AuditAction.STAFF_VIEWED_CUSTOMER_DATA;
        e.customerId = customerId;
        e.details = details;
        e.reason = reason;
        e.openingId = openingId;
        e.purpose = purpose;
        e.purposeDetail = purposeDetail;
        return e;
    }

    public AuditEvent(
            Instant occurredAt,
            String actorUsername,
            Role actorRole,
            AuditAction action,
            Long customerId,
            String reason,
            String details) {
        if (action == AuditAction.STAFF_VIEWED_CUSTOMER_DATA) {
            throw new IllegalArgumentException("P12: a staff view is recorded with its opening: use staffView");
        }
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorRole = actorRole;
        this.action = action;
        this.customerId = customerId;
        this.reason = reason;
        this.details = details;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public Role actorRole() {
        return actorRole;
    }

    public AuditAction action() {
        return action;
    }

    public Long customerId() {
        return customerId;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }

    public String openingId() {
        return openingId;
    }

    public AccessPurpose purpose() {
        return purpose;
    }

    public String purposeDetail() {
        return purposeDetail;
    }
}
