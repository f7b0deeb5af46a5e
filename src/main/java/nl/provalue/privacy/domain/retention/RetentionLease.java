package nl.provalue.privacy.domain.retention;

import java.time.Instant;

/**
 * The lease that lets one server at a time run a rule. A lease that is not renewed runs out, so a
 * server that dies while holding it blocks nobody for longer than the lease.
 */
public interface RetentionLease {

    /** Takes the lease for {@code holder} until {@code until} if it is free, expired or already the holder's. */
    boolean acquire(RetentionRule rule, String holder, Instant now, Instant until);

    /** Lets go of the lease if {@code holder} has it. */
    void release(RetentionRule rule, String holder);
}
