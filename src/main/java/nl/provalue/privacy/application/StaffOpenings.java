package nl.provalue.privacy.application;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.provalue.privacy.domain.audit.AccessPurpose;

/**
 * P12: the openings of customers' data by the staff member of this session. An opening is one
 * customer, one purpose and the staff member's words; it lasts until it is closed or the sign-in
 * ends. Every view within it is recorded with its id, and the customer sees each opening once.
 * Only an opening made on the privacy desk lets staff reach a customer's data on later requests;
 * a reason declared with one API call, or a rights request being handled, opens nothing beyond
 * that, but its views in this sign-in still belong to one opening.
 */
@SessionScoped
public class StaffOpenings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why and when a customer was opened, and the id every view within it carries. */
    public record Opening(
            String id, long customerId, AccessPurpose purpose, String purposeDetail, String text, Instant openedAt)
            implements Serializable {

        /** A new opening with a fresh id. */
        public static Opening start(
                long customerId, AccessPurpose purpose, String purposeDetail, String text, Instant at) {
            return new Opening(UUID.randomUUID().toString(), customerId, purpose, purposeDetail, text, at);
        }
    }

    private final Map<Long, Opening> onTheDesk = new ConcurrentHashMap<>();
    private final Map<String, Opening> others = new ConcurrentHashMap<>();

    /** Only the privacy desk opens a customer, after recording the opening and its reason. */
    public void opened(Opening opening) {
        onTheDesk.put(opening.customerId(), opening);
    }

    /** The customer's opening on the privacy desk, if one is open. */
    public Optional<Opening> of(long customerId) {
        return Optional.ofNullable(onTheDesk.get(customerId));
    }

    /**
     * The opening that views for this customer, purpose and words (and what they concern, such as
     * one rights request) belong to in this sign-in: the one made earlier, or a new one.
     */
    public Opening within(
            long customerId, AccessPurpose purpose, String purposeDetail, String text, String concerning, Instant now) {
        String key = customerId + "\u0000" + purpose + "\u0000" + Objects.toString(purposeDetail, "") + "\u0000"
                + Objects.toString(text, "") + "\u0000" + Objects.toString(concerning, "");
        return others.computeIfAbsent(key, k -> Opening.start(customerId, purpose, purposeDetail, text, now));
    }

    /** Closes every opening of this customer: the next view is a new opening. */
    public void close(long customerId) {
        onTheDesk.remove(customerId);
        others.values().removeIf(o -> o.customerId() == customerId);
    }
}
