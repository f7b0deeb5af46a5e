package nl.provalue.privacy.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** P11: one link of the register's hash chain. Append-only: there are no setters. */
@Entity
@Table(name = "register_event")
public class RegisterEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false, length = 30)
    private RegisterEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "snapshot", nullable = false, length = 8000)
    private String snapshot;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected RegisterEvent() {}

    /** The next link after {@code previousHash}, its hash computed over all its fields. */
    public RegisterEvent(
            long seq,
            long requestId,
            RegisterEventType type,
            Instant occurredAt,
            String actor,
            String snapshot,
            String previousHash) {
        this.seq = seq;
        this.requestId = requestId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.snapshot = snapshot;
        this.prevHash = previousHash;
        this.hash = HashChain.hash(this);
    }

    public long seq() {
        return seq;
    }

    public long requestId() {
        return requestId;
    }

    public RegisterEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String snapshot() {
        return snapshot;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
