package nl.provalue.privacy.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

/**
 * P12: why a staff member opens a customer's data in this request. Set by the staff screen or
 * API that opens the data; without it the service layer refuses staff access.
 */
@RequestScoped
public class StaffAccessReason {

    private Long customerId;
    private String reason;
    private final Set<Long> recorded = new HashSet<>();

    public void declare(long customerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AccessDeniedException("P12: a reason is required to open a customer's data");
        }
        this.customerId = customerId;
        this.reason = reason.trim();
    }

    Optional<String> forCustomer(long id) {
        return customerId != null && customerId == id ? Optional.of(reason) : Optional.empty();
    }

    /** One audit record per customer per request, however many use cases the request runs. */
    boolean markRecorded(long id) {
        return recorded.add(id);
    }
}
