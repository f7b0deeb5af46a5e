package nl.provalue.privacy.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.provalue.privacy.domain.audit.AccessReason;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * P12: why a staff member opens a customer's data in this request. Set by the staff screen or
 * API that opens the data; without it the service layer refuses staff access. The reason follows
 * the same rule as one given on the privacy desk ({@link AccessReason}).
 */
@RequestScoped
public class StaffAccessReason {

    private Long customerId;
    private String reason;
    private final Set<Long> recorded = new HashSet<>();

    /**
     * No reason at all is refused as access ({@link AccessDeniedException}); a reason that says too
     * little or does not fit is refused as input ({@link PolicyViolationException}).
     */
    public void declare(long customerId, String reason) {
        if (reason == null || reason.isEmpty()) {
            throw new AccessDeniedException("P12: a reason is required to open a customer's data");
        }
        String accepted = AccessReason.of(reason).text();
        this.customerId = customerId;
        this.reason = accepted;
    }

    Optional<String> forCustomer(long id) {
        return customerId != null && customerId == id ? Optional.of(reason) : Optional.empty();
    }

    /** One audit record per customer per request, however many use cases the request runs. */
    boolean markRecorded(long id) {
        return recorded.add(id);
    }
}
