package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.customer.CustomerRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;

/** Finding customers by the number staff know them by. */
@ApplicationScoped
public class CustomerDirectory {

    @Inject
    CustomerRepository customers;

    @Transactional
    public long idOf(String customerNumber) {
        try {
            return customers
                    .findByNumber(new CustomerNumber(customerNumber))
                    .orElseThrow()
                    .id();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new NotFoundException("customer", customerNumber);
        }
    }
}
