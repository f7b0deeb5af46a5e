package nl.provalue.privacy.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.domain.customer.ContactChange;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.customer.PaperRecord;
import nl.provalue.privacy.domain.customer.PersonalDataItem;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public Optional<Customer> findByNumber(CustomerNumber number) {
        return em.createNamedQuery("Customer.byNumber", Customer.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Customer.count", Long.class).getSingleResult();
    }

    @Override
    public Customer add(Customer customer) {
        em.persist(customer);
        return customer;
    }

    @Override
    public PersonalDataItem addItem(PersonalDataItem item) {
        em.persist(item);
        return item;
    }

    @Override
    public List<PersonalDataItem> itemsOf(long customerId) {
        return em.createNamedQuery("PersonalDataItem.byCustomer", PersonalDataItem.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public long countItemsOf(long customerId) {
        return em.createNamedQuery("PersonalDataItem.countByCustomer", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public PaperRecord addPaperRecord(PaperRecord record) {
        em.persist(record);
        return record;
    }

    @Override
    public List<PaperRecord> paperRecordsOf(long customerId) {
        return em.createNamedQuery("PaperRecord.byCustomer", PaperRecord.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public Optional<Customer> lockByNumber(CustomerNumber number) {
        return em.createNamedQuery("Customer.byNumber", Customer.class)
                .setParameter("number", number.value())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Customer> findByNumbers(java.util.Collection<String> numbers) {
        return numbers.isEmpty()
                ? List.of()
                : em.createQuery("select c from Customer c where c.customerNumber in :numbers", Customer.class)
                        .setParameter("numbers", numbers)
                        .getResultList();
    }

    @Override
    public void addContactChange(ContactChange change) {
        em.persist(change);
    }

    @Override
    public List<ContactChange> contactChangesOf(long customerId) {
        return em.createNamedQuery("ContactChange.byCustomer", ContactChange.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    private static final String SEARCH = " from Customer c where lower(c.contact.fullName) like :t escape '!'"
            + " or lower(c.customerNumber) like :t escape '!' or lower(c.contact.email) like :t escape '!'"
            + " or lower(c.contact.organisation) like :t escape '!'"
            + " or exists (select d from DomainName d where d.customer = c and lower(d.name) like :t escape '!')"
            + " or exists (select m from Mailbox m where m.customer = c and lower(m.address) like :t escape '!')";

    @Override
    public List<Customer> search(String text, int first, int limit) {
        return em.createQuery("select c" + SEARCH + " order by c.customerNumber", Customer.class)
                .setParameter("t", like(text))
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countSearch(String text) {
        return em.createQuery("select count(c)" + SEARCH, Long.class)
                .setParameter("t", like(text))
                .getSingleResult();
    }

    private static String like(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
