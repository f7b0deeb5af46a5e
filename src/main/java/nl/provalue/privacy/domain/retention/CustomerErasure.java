package nl.provalue.privacy.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * P8: the record of what was erased of a customer who left, per category, and when: how many
 * things went (fields and items, domain names, mailboxes, websites with their logs, paper
 * records). It names no personal data itself, so it stays when the rest has gone.
 */
@Entity
@Table(name = "customer_erasure")
@NamedQuery(
        name = "CustomerErasure.ofCustomer",
        query = "select e from CustomerErasure e where e.customerId = :customerId order by e.erasedAt, e.id")
public class CustomerErasure implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which of the two moments of a departure the erasure belongs to. */
    public enum Stage {
        /** When the contract ended: what served only the service. */
        END_OF_CONTRACT,
        /** When the administration's seven years were over. */
        END_OF_ADMINISTRATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stage", nullable = false, length = 30)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", nullable = false, length = 40)
    private KeptCategory category;

    @Column(name = "removed_count", nullable = false)
    private long removed;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    protected CustomerErasure() {}

    public CustomerErasure(long customerId, Stage stage, KeptCategory category, long removed, Instant erasedAt) {
        if (removed < 0) {
            throw new IllegalArgumentException("Nothing can be erased a negative number of times");
        }
        this.customerId = customerId;
        this.stage = Objects.requireNonNull(stage);
        this.category = Objects.requireNonNull(category);
        this.removed = removed;
        this.erasedAt = Objects.requireNonNull(erasedAt);
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public Stage stage() {
        return stage;
    }

    public KeptCategory category() {
        return category;
    }

    public long removed() {
        return removed;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
