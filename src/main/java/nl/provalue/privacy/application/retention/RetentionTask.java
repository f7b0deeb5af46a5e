package nl.provalue.privacy.application.retention;

import java.time.Instant;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * The part of a retention rule that touches storage: finding what is due and removing it, a batch
 * at a time. The {@link RetentionService} runs every task the same way.
 */
public interface RetentionTask {

    RetentionRule rule();

    /** For rules counted in time: data from before this moment is due at {@code now}; otherwise null. */
    Instant cutoff(Instant now);

    /**
     * Removes at most {@code limit} items that are due at {@code now}, inside the caller's
     * transaction, and says how many it removed. Removing nothing means the rule is satisfied.
     * Must be safe when another server removes the same items at the same time.
     */
    int removeBatch(Instant now, int limit);

    /** False when the task has nothing to work on in this installation (no such system connected). */
    default boolean active() {
        return true;
    }
}
