package nl.provalue.privacy.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer of the provider: the person (or organisation) every other piece of personal data in
 * the portal belongs to.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = "Customer.byNumber", query = "select c from Customer c where c.customerNumber = :number")
@NamedQuery(name = "Customer.count", query = "select count(c) from Customer c")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_number", nullable = false, length = 20, unique = true)
    private String customerNumber;

    @Embedded
    private ContactDetails contact;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** P1: how the contact details as they are now reached the provider. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    @Column(name = "contact_source", nullable = false, length = 20)
    private ItemSource contactSource = ItemSource.WEB_FORM;

    /** P8: the moment the contract ended, or will end; null while no end is known. */
    @Column(name = "left_at")
    private Instant leftAt;

    /** P8: when what the administration keeps goes (AWR art. 52); set together with {@link #leftAt}. */
    @Column(name = "administration_ends_at")
    private Instant administrationEndsAt;

    /** P8: when what was kept only for the service was erased, after the contract ended. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** P8: when what the administration kept was erased. */
    @Column(name = "administration_erased_at")
    private Instant administrationErasedAt;

    @Version
    private long version;

    protected Customer() {}

    public Customer(CustomerNumber number, ContactDetails contact, String preferredLanguage, Instant createdAt) {
        this(number, contact, preferredLanguage, createdAt, ItemSource.WEB_FORM);
    }

    /** A customer whose contact details reached the provider from {@code source}. */
    public Customer(
            CustomerNumber number,
            ContactDetails contact,
            String preferredLanguage,
            Instant createdAt,
            ItemSource source) {
        this.contactSource = Objects.requireNonNull(source);
        this.customerNumber = number.value();
        this.contact = Objects.requireNonNull(contact);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public CustomerNumber number() {
        return new CustomerNumber(customerNumber);
    }

    public ContactDetails contact() {
        return contact;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ItemSource contactSource() {
        return contactSource;
    }

    /**
     * P1: replaces the contact details and returns one {@link ContactChange} per field that
     * differs (old value, new value, when, how it came in); nothing when nothing changed.
     */
    public List<ContactChange> correctContact(ContactDetails corrected, ItemSource source, Instant now, String by) {
        Objects.requireNonNull(corrected);
        List<ContactChange> changes = new ArrayList<>();
        for (ContactField field : ContactField.differing(contact, corrected)) {
            changes.add(
                    new ContactChange(this, field, field.valueIn(contact), field.valueIn(corrected), source, now, by));
        }
        this.contact = corrected;
        if (!changes.isEmpty()) {
            this.contactSource = source;
        }
        return changes;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public Instant administrationEndsAt() {
        return administrationEndsAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Instant administrationErasedAt() {
        return administrationErasedAt;
    }

    /** P8: whether the contract has ended at {@code now}; from then on the customer cannot sign in. */
    public boolean hasLeftAt(Instant now) {
        return leftAt != null && !leftAt.isAfter(now);
    }

    /**
     * P8: the contract ends at {@code leftAt} (in the past, now or later), and what the
     * administration keeps goes at {@code administrationEndsAt}. Once the contract has ended its
     * end stays as it is: a customer who left cannot come back under the same number.
     *
     * @return whether anything changed
     */
    public boolean endContract(Instant leftAt, Instant administrationEndsAt, Instant now) {
        Objects.requireNonNull(leftAt);
        Objects.requireNonNull(administrationEndsAt);
        if (!administrationEndsAt.isAfter(leftAt)) {
            throw new IllegalArgumentException("The administration is kept after the contract ends");
        }
        if (leftAt.equals(this.leftAt)) {
            return false;
        }
        requireNotLeft(now);
        this.leftAt = leftAt;
        this.administrationEndsAt = administrationEndsAt;
        return true;
    }

    /** P8: a contract end that has not come yet is called off; the customer stays. */
    public boolean cancelContractEnd(Instant now) {
        if (leftAt == null) {
            return false;
        }
        requireNotLeft(now);
        this.leftAt = null;
        this.administrationEndsAt = null;
        return true;
    }

    private void requireNotLeft(Instant now) {
        if (hasLeftAt(now)) {
            throw new IllegalStateException("The contract of " + customerNumber + " has already ended");
        }
    }

    /** The language the portal writes to the customer in: {@code nl} or {@code en}. */
    public void changeLanguage(String language) {
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("nl or en: " + language);
        }
        this.preferredLanguage = language;
    }
}
