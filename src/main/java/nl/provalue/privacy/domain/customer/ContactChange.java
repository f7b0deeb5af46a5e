package nl.provalue.privacy.domain.customer;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * P1: one changed field of a customer's contact details, or of their domain names, mailboxes and
 * websites, with the old and the new value, when, by whom and how it came in.
 */
@Entity
@Table(name = "contact_change")
@NamedQuery(
        name = "ContactChange.byCustomer",
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
    private ChangedField field;

    @Column(name = "subject", length = 254)
    private String subject;

    /** The name of a domain name's contact role (registrant, administrative, technical). */
    @Column(name = "subject_role", length = 20)
    private String subjectRole;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private ItemSource source;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected ContactChange() {}

    public ContactChange(
            Customer customer,
            ContactField field,
            String oldValue,
            String newValue,
            ItemSource source,
            Instant changedAt,
            String changedBy) {
        this(customer, ChangedField.of(field), null, null, oldValue, newValue, source, changedAt, changedBy);
    }

    /**
     * A change of something the customer has: {@code subject} names it (a domain name, mailbox
     * address or host name), {@code subjectRole} the contact of a domain name when it is one.
     */
    public ContactChange(
            Customer customer,
            ChangedField field,
            String subject,
            String subjectRole,
            String oldValue,
            String newValue,
            ItemSource source,
            Instant changedAt,
            String changedBy) {
        this.customer = customer;
        this.field = field;
        this.subject = subject;
        this.subjectRole = subjectRole;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Long id() {
        return id;
    }

    public ChangedField field() {
        return field;
    }

    public String subject() {
        return subject;
    }

    public String subjectRole() {
        return subjectRole;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public ItemSource source() {
        return source;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
