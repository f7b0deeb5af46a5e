package nl.provalue.privacy.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/** P2: a paper record about a customer: what it is, where it is kept, since when, until when. */
@Entity
@Table(name = "paper_record")
@NamedQuery(
        name = "PaperRecord.byCustomer",
        query = "select p from PaperRecord p where p.customer.id = :customerId order by p.keptSince desc, p.id")
public class PaperRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "location", nullable = false, length = 200)
    private String location;

    @Column(name = "kept_since", nullable = false)
    private LocalDate keptSince;

    @Column(name = "kept_until")
    private LocalDate keptUntil;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaperRecord() {}

    public PaperRecord(
            Customer customer,
            String description,
            String location,
            LocalDate keptSince,
            LocalDate keptUntil,
            Instant now) {
        if (keptUntil != null && keptUntil.isBefore(keptSince)) {
            throw new PolicyViolationException("policy.P2.keptUntilBeforeSince", description);
        }
        this.customer = customer;
        this.description = description;
        this.location = location;
        this.keptSince = keptSince;
        this.keptUntil = keptUntil;
        this.createdAt = now;
    }

    /** Records that the paper was destroyed; a record is destroyed once. */
    public void destroy(Instant at) {
        if (destroyedAt != null) {
            throw new PolicyViolationException("policy.P2.alreadyDestroyed", description);
        }
        this.destroyedAt = at;
    }

    public boolean isDestroyed() {
        return destroyedAt != null;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    public LocalDate keptSince() {
        return keptSince;
    }

    public LocalDate keptUntil() {
        return keptUntil;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }
}
