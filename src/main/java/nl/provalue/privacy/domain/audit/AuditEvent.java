package nl.provalue.privacy.domain.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.provalue.privacy.domain.account.Role;

/** Who did what, when, to whose data and why. Append-only. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.byCustomer",
        query = "select a from AuditEvent a where a.customerId = :customerId order by a.occurredAt desc, a.id desc")
@NamedQuery(name = "AuditEvent.staffViewsOf",
        query = "select a from AuditEvent a where a.customerId = :customerId and a.action = :action"
                + " order by a.occurredAt desc, a.id desc")
@NamedQuery(name = "AuditEvent.countStaffViewsOf",
        query = "select count(a) from AuditEvent a where a.customerId = :customerId and a.action = :action")
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

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actorUsername, Role actorRole, AuditAction action,
                      Long customerId, String reason, String details) {
        if (action == AuditAction.STAFF_VIEWED_CUSTOMER_DATA && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("P12: a staff view of customer data needs a reason");
        }
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorRole = actorRole;
        this.action = action;
        this.customerId = customerId;
        this.reason = reason;
        this.details = details;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actorUsername() { return actorUsername; }
    public Role actorRole() { return actorRole; }
    public AuditAction action() { return action; }
    public Long customerId() { return customerId; }
    public String reason() { return reason; }
    public String details() { return details; }
}
