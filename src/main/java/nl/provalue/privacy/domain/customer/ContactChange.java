package nl.provalue.privacy.domain.customer;

import java.time.Instant;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** P1: one corrected field of a customer's contact details, with the old and the new value. */
@Entity
@Table(name = "contact_change")
@NamedQuery(name = "ContactChange.byCustomer",
        query = "select c from ContactChange c where c.customer.id = :customerId order by c.changedAt desc, c.id desc")
public class ContactChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "field", nullable = false, length = 30)
    private ContactField field;

    @Column(name = "old_value", length = 254)
    private String oldValue;

    @Column(name = "new_value", length = 254)
    private String newValue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private ItemSource source;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected ContactChange() {
    }

    public ContactChange(Customer customer, ContactField field, String oldValue, String newValue, ItemSource source,
                         Instant changedAt, String changedBy) {
        this.customer = customer;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long id() { return id; }
    public ContactField field() { return field; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
    public ItemSource source() { return source; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
}
