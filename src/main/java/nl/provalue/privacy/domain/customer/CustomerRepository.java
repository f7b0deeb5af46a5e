package nl.provalue.privacy.domain.customer;

import java.util.List;
import java.util.Optional;

/** Customers and the personal data recorded about them. */
public interface CustomerRepository {

    Optional<Customer> find(long id);

    Optional<Customer> findByNumber(CustomerNumber number);

    /**
     * The customer with this number, its row locked until the transaction ends, so that changes of
     * one customer are decided one after the other.
     */
    Optional<Customer> lockByNumber(CustomerNumber number);

    /** The customers among these numbers, in one read. */
    List<Customer> findByNumbers(java.util.Collection<String> numbers);

    long count();

    Customer add(Customer customer);

    PersonalDataItem addItem(PersonalDataItem item);

    List<PersonalDataItem> itemsOf(long customerId);

    long countItemsOf(long customerId);

    PaperRecord addPaperRecord(PaperRecord record);

    List<PaperRecord> paperRecordsOf(long customerId);

    void addContactChange(ContactChange change);

    List<ContactChange> contactChangesOf(long customerId);

    /**
     * Staff search: customers whose name, customer number, e-mail address, domain name or mailbox
     * contains the (lower-case) text, by customer number.
     */
    List<Customer> search(String text, int first, int limit);

    long countSearch(String text);
}
