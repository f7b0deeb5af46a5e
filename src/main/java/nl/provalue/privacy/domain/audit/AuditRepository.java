package nl.provalue.privacy.domain.audit;

import java.util.List;

/** The audit trail. */
public interface AuditRepository {

    void record(AuditEvent event);

    List<AuditEvent> latestOfCustomer(long customerId, int max);

    long countStaffViewsOf(long customerId);

    /** P12: the latest times staff opened this customer's data, newest first. */
    List<AuditEvent> staffViewsOf(long customerId, int max);
}
