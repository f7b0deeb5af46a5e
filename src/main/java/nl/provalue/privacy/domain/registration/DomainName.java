package nl.provalue.privacy.domain.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.customer.Customer;

/** P10: a domain name registered through the provider, with its contacts on record. */
@Entity
@Table(name = "domain_name")
@NamedQuery(
        name = "DomainName.byCustomer",
        query = "select d from DomainName d where d.customer.id = :customerId order by d.name")
@NamedQuery(
        name = "DomainName.countByCustomer",
        query = "select count(d) from DomainName d where d.customer.id = :customerId")
public class DomainName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "name", nullable = false, length = 253, unique = true)
    private String name;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @OneToMany(mappedBy = "domain", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DomainContact> contacts = new ArrayList<>();

    protected DomainName() {}

    public DomainName(Customer customer, String name, LocalDate registeredOn, LocalDate expiresOn) {
        // Held in A-label form (xn--…), as the registry and the DNS hold it; typed in either form.
        String normalised = IdnaName.parse(name).ascii();
        if (!normalised.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
            throw new IllegalArgumentException("Not a registrable domain name: " + name);
        }
        this.customer = customer;
        this.name = normalised;
        this.registeredOn = registeredOn;
        this.expiresOn = expiresOn;
    }

    /** The top-level domain without the dot: "nl", "com". */
    public String tld() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    public DomainContact addContact(DomainContact contact) {
        contacts.removeIf(c -> c.role() == contact.role());
        contact.attachTo(this);
        contacts.add(contact);
        return contact;
    }

    /** P10: the registration's dates as the registry has them. */
    public void changeDates(LocalDate registeredOn, LocalDate expiresOn) {
        if (expiresOn.isBefore(registeredOn)) {
            throw new IllegalArgumentException("A registration expires after it began");
        }
        this.registeredOn = registeredOn;
        this.expiresOn = expiresOn;
    }

    /** A contact the registration no longer has; the holder cannot go. */
    public void removeContact(ContactRole role) {
        if (role == ContactRole.REGISTRANT) {
            throw new IllegalArgumentException("A domain name has a holder");
        }
        contacts.removeIf(c -> c.role() == role);
    }

    public Optional<DomainContact> contact(ContactRole role) {
        return contacts.stream().filter(c -> c.role() == role).findFirst();
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public String name() {
        return name;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public List<DomainContact> contacts() {
        return List.copyOf(contacts);
    }
}
