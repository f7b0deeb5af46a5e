package nl.provalue.privacy.domain.audit;

import java.util.List;

/** The audit trail. */
public interface AuditRepository {

    void record(AuditEvent event);

    List<AuditEvent> latestOfCustomer(long customerId, int max);

    long countStaffViewsOf(long customerId);
}
