package nl.provalue.privacy.domain.rights;

import java.util.List;
import java.util.Optional;

/** Rights requests. */
public interface RightsRequestRepository {

    RightsRequest add(RightsRequest request);

    Optional<RightsRequest> find(long id);

    /** A customer's requests, newest first. */
    List<RightsRequest> ofCustomer(long customerId);

    /** The queue: open requests by deadline (or all, newest first), a page at a time. */
    List<RightsRequest> queue(boolean openOnly, int first, int limit);

    long count(boolean openOnly);

    /** Open requests whose deadline has passed. */
    long countOverdue(java.time.LocalDate today);
}
