package nl.provalue.privacy.domain.registration;

import java.util.List;
import java.util.Optional;

/** Domain registrations. */
public interface DomainRepository {

    Optional<DomainName> findByName(String name);

    List<DomainName> ofCustomer(long customerId);

    /** Which of these (A-label) names are registered here already, in one read. */
    java.util.Set<String> existing(java.util.Collection<String> names);

    long countOfCustomer(long customerId);

    DomainName add(DomainName domain);

    /** P10: a contact the registration no longer has, with its publication choices. */
    void removeContact(DomainName domain, ContactRole role);

    /** P10: a registration that ended or moved away, with its contacts and their publication choices. */
    void remove(DomainName domain);

    void addConsentChange(WhoisConsentChange change);
}
