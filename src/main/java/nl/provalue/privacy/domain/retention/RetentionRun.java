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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of a retention rule on one server: when, up to which moment, and how much it removed. */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = "RetentionRun.recent", query = "select r from RetentionRun r order by r.startedAt desc, r.id desc")
@NamedQuery(
        name = "RetentionRun.recentOfRule",
        query = "select r from RetentionRun r where r.rule = :rule order by r.startedAt desc, r.id desc")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rule_id", nullable = false, length = 40)
    private RetentionRule rule;

    @Column(name = "policy_id", nullable = false, length = 10)
    private String policyId;

    @Column(name = "node", nullable = false, length = 120)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "cutoff")
    private Instant cutoff;

    @Column(name = "removed_count", nullable = false)
    private long removed;

    @Column(name = "batches", nullable = false)
    private int batches;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", nullable = false, length = 20)
    private RetentionOutcome outcome;

    @Column(name = "detail", length = 500)
    private String detail;

    protected RetentionRun() {}

    public RetentionRun(RetentionRule rule, String node, Instant startedAt, Instant cutoff) {
        this.rule = rule;
        this.policyId = rule.policyId();
        this.node = node;
        this.startedAt = startedAt;
        this.cutoff = cutoff;
        this.outcome = RetentionOutcome.RUNNING;
    }

    /** Adds one committed batch. */
    public void batchDone(int removedInBatch) {
        if (removedInBatch < 0) {
            throw new IllegalArgumentException("A batch cannot remove a negative number of items");
        }
        this.removed += removedInBatch;
        this.batches++;
    }

    public void finish(RetentionOutcome outcome, Instant at, String detail) {
        if (outcome == RetentionOutcome.RUNNING) {
            throw new IllegalArgumentException("A finished run has an outcome");
        }
        this.outcome = outcome;
        this.finishedAt = at;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public RetentionRule rule() {
        return rule;
    }

    public String policyId() {
        return policyId;
    }

    public String node() {
        return node;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant cutoff() {
        return cutoff;
    }

    public long removed() {
        return removed;
    }

    public int batches() {
        return batches;
    }

    public RetentionOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
