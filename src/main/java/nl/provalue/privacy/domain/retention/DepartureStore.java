package nl.provalue.privacy.domain.retention;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.provalue.privacy.domain.customer.DataCategory;

/**
 * P8: the storage side of a departure: finding customers whose erasure is due and erasing, per
 * kind, what {@link Departure} says goes. Each method works inside the caller's transaction and
 * says how much it erased.
 */
public interface DepartureStore {

    /** Customers whose contract ended at or before {@code now} and whose service data is still there, longest gone first. */
    List<Long> dueAtEndOfContract(Instant now, int limit);

    /** Customers whose administration's period ended at or before {@code now} and is not erased yet. */
    List<Long> dueAtEndOfAdministration(Instant now, int limit);

    /**
     * Closes the customer's login: the account is switched off, its password, second factor,
     * recovery codes and unused one-time links go, and sessions still open end. The records of
     * signing in stay for their own period (P3).
     *
     * @return the number of sessions ended
     */
    int closeLogin(long customerId, Instant at);

    /** Erases the e-mail address and phone number; the name and postal address stay for the administration. */
    int eraseReachability(long customerId);

    /** Erases the customer's personal-data items of these categories, with the documents they came with. */
    int eraseItems(long customerId, Collection<DataCategory> categories);

    /** Erases the record of changes to the customer's details (P1): it holds old values. */
    int eraseChanges(long customerId);

    /** Marks the end-of-contract erasure done; false when another run did it first. */
    boolean markErased(long customerId, Instant at);

    /** Erases the name, organisation and postal address. */
    int eraseAdministration(long customerId);

    int erasePaperRecords(long customerId);

    /** Erases the customer's requests under the GDPR with their history. */
    int eraseRightsRequests(long customerId);

    /** Removes the closed login itself with whatever record of signing in is left. */
    int removeLogin(long customerId);

    /** Marks the end-of-administration erasure done; false when another run did it first. */
    boolean markAdministrationErased(long customerId, Instant at);

    void record(CustomerErasure erasure);

    List<CustomerErasure> erasuresOf(long customerId);
}
