package nl.provalue.privacy.domain.backup;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** P7: a backup holding a customer's data: what, when taken, when it expires, when destroyed. */
@Entity
@Table(name = "backup")
@NamedQuery(
        name = "Backup.byCustomer",
        query = "select b from Backup b where b.customer.id = :customerId order by b.takenAt desc, b.id desc")
@NamedQuery(
        name = "Backup.countLiveByCustomer",
        query = "select count(b) from Backup b where b.customer.id = :customerId and b.destroyedAt is null")
public class Backup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private BackupKind kind;

    @Column(name = "description", nullable = false, length = 300)
    private String description;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** When the register heard of the backup: its taken time may not lie beyond this (P7). */
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** P7: who destroyed it: the retention run's server, or a staff member. */
    @Column(name = "destroyed_by", length = 120)
    private String destroyedBy;

    protected Backup() {}

    /**
     * P7: a backup never gets an expiry later than six months after it was taken, and cannot have
     * been taken after it is recorded (so its expiry never lies more than six months from today).
     */
    public Backup(
            Customer customer,
            BackupKind kind,
            String description,
            Instant takenAt,
            Instant expiresAt,
            long sizeBytes,
            Instant recordedAt) {
        if (description == null || description.isBlank() || description.length() > 300) {
            // Refused, never cut.
            throw new PolicyViolationException(
                    "backups.description.size", String.valueOf(description == null ? 0 : description.length()));
        }
        if (sizeBytes < 0) {
            throw new PolicyViolationException("backups.size.negative", String.valueOf(sizeBytes));
        }
        if (!BackupPolicy.isAllowedTakenAt(takenAt, recordedAt)) {
            throw new PolicyViolationException("policy.P7.takenInTheFuture", takenAt + " recorded " + recordedAt);
        }
        if (!BackupPolicy.isAllowedExpiry(takenAt, expiresAt)) {
            throw new PolicyViolationException("policy.P7.expiryBeyondSixMonths", takenAt + " -> " + expiresAt);
        }
        this.customer = customer;
        this.kind = kind;
        this.description = description;
        this.takenAt = takenAt;
        this.expiresAt = expiresAt;
        this.sizeBytes = sizeBytes;
        this.recordedAt = recordedAt;
    }

    /** A backup kept for the longest time P7 allows. */
    public static Backup keptForMaximum(
            Customer customer,
            BackupKind kind,
            String description,
            Instant takenAt,
            long sizeBytes,
            Instant recordedAt) {
        return new Backup(
                customer, kind, description, takenAt, BackupPolicy.latestExpiry(takenAt), sizeBytes, recordedAt);
    }

    public boolean isDueForDestruction(Instant now) {
        return destroyedAt == null && !now.isBefore(expiresAt);
    }

    public void destroy(Instant at) {
        destroy(at, null);
    }

    /** P7: records the destruction once, with who did it. */
    public void destroy(Instant at, String by) {
        if (destroyedAt == null) {
            destroyedAt = at;
            destroyedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public BackupKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean isDestroyed() {
        return destroyedAt != null;
    }

    public String destroyedBy() {
        return destroyedBy;
    }
}
