package nl.provalue.privacy.domain.registration;

import java.util.List;
import java.util.Optional;

/** Domain registrations. */
public interface DomainRepository {

    Optional<DomainName> findByName(String name);

    List<DomainName> ofCustomer(long customerId);

    long countOfCustomer(long customerId);

    DomainName add(DomainName domain);

    void addConsentChange(WhoisConsentChange change);
}
