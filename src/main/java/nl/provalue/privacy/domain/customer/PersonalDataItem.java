package nl.provalue.privacy.domain.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One piece of personal data held about a customer, with where it came from (P1), how it is
 * stored (P2) and why it is kept (P8).
 */
@Entity
@Table(name = "personal_data_item")
@NamedQuery(
        name = "PersonalDataItem.byCustomer",
        query = "select i from PersonalDataItem i where i.customer.id = :customerId order by i.category, i.id")
@NamedQuery(
        name = "PersonalDataItem.countByCustomer",
        query = "select count(i) from PersonalDataItem i where i.customer.id = :customerId")
public class PersonalDataItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "category", nullable = false, length = 40)
    private DataCategory category;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "item_value", nullable = false, length = 1000)
    private String value;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private ItemSource source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "storage", nullable = false, length = 20)
    private StorageMedium storage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "personal_data_item_purpose", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 30)
    private Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_staff_id")
    private StaffMember recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PersonalDataItem() {}

    /**
     * Records an item. P8: at least one purpose, and only purposes the category allows; P1: a
     * source and the moment it was received are mandatory; P2: the storage medium too.
     */
    public PersonalDataItem(
            Customer customer,
            DataCategory category,
            String label,
            String value,
            ItemSource source,
            Instant receivedAt,
            StorageMedium storage,
            Set<Purpose> purposes,
            StaffMember recordedBy,
            Instant now) {
        if (purposes == null || purposes.isEmpty()) {
            throw new PolicyViolationException("policy.P8.purposeRequired", label);
        }
        for (Purpose p : purposes) {
            if (!category.allows(p)) {
                throw new PolicyViolationException("policy.P8.purposeNotAllowed", category + "/" + p);
            }
        }
        if (source == null || receivedAt == null) {
            throw new PolicyViolationException("policy.P1.sourceRequired", label);
        }
        if (receivedAt.isAfter(now)) {
            throw new PolicyViolationException("policy.P1.receivedInFuture", label);
        }
        if (source == ItemSource.WEB_FORM && recordedBy != null) {
            // Staff record what arrived outside the web forms; a web form is filled in by the customer.
            throw new PolicyViolationException("policy.P1.staffCannotRecordWebForm", label);
        }
        this.customer = customer;
        this.category = category;
        this.label = label;
        this.value = value;
        this.source = source;
        this.receivedAt = receivedAt;
        this.storage = storage == null ? StorageMedium.ELECTRONIC : storage;
        this.purposes = EnumSet.copyOf(purposes);
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public DataCategory category() {
        return category;
    }

    public String label() {
        return label;
    }

    public String value() {
        return value;
    }

    public ItemSource source() {
        return source;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public StorageMedium storage() {
        return storage;
    }

    public Set<Purpose> purposes() {
        return EnumSet.copyOf(purposes);
    }

    public StaffMember recordedBy() {
        return recordedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
