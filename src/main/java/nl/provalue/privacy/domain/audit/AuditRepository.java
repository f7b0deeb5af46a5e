package nl.provalue.privacy.domain.audit;

import java.util.List;

/** The audit trail. */
public interface AuditRepository {

    void record(AuditEvent event);

    long countStaffViewsOf(long customerId);

    /** P12: the latest times staff opened this customer's data, newest first. */
    List<AuditEvent> staffViewsOf(long customerId, int max);

    /** P12: one opening of a customer's data: its first view, when it was last viewed and how often. */
    record OpeningSummary(AuditEvent first, java.time.Instant lastViewedAt, long views) {}

    /** P12: the openings of this customer's data, newest first, a page at a time. */
    List<OpeningSummary> openingsOf(long customerId, int first, int max);

    /**
     * P12: the openings of this customer's data that began before the given one (its first view's
     * time and id; both {@code null} for the newest), newest first: a keyset page, so an opening
     * made while someone pages through is neither skipped nor repeated.
     */
    List<OpeningSummary> openingsBefore(long customerId, java.time.Instant beforeTime, Long beforeId, int max);

    /** P12: how many times staff opened this customer's data (each opening once, however many views). */
    long countOpeningsOf(long customerId);
}
