package nl.provalue.privacy.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.SessionScoped;

/**
 * P12: the customers a staff member has opened in this session, each with the reason given when
 * it was opened (and recorded then, so that the customer sees it). The service layer lets staff
 * reach a customer's data only through an opening or a reason declared for one request.
 */
@SessionScoped
public class StaffOpenings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why and when a customer was opened. */
    public record Opening(long customerId, String reason, Instant openedAt) implements Serializable {
    }

    private final Map<Long, Opening> open = new ConcurrentHashMap<>();

    /** Only the privacy desk opens a customer, after recording the opening and its reason. */
    public void opened(long customerId, String reason, Instant at) {
        open.put(customerId, new Opening(customerId, reason, at));
    }

    public Optional<Opening> of(long customerId) {
        return Optional.ofNullable(open.get(customerId));
    }

    public void close(long customerId) {
        open.remove(customerId);
    }
}
