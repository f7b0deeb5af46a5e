package nl.provalue.privacy.domain.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * The lease that lets one server at a time run a rule. A lease that is not renewed runs out, so a
 * server that dies while holding it blocks nobody for longer than the lease.
 */
public interface RetentionLease {

    /** Takes the lease for {@code holder} until {@code until} if it is free, expired or already the holder's. */
    boolean acquire(RetentionRule rule, String holder, Instant now, Instant until);

    /** Lets go of the lease if {@code holder} has it. */
    void release(RetentionRule rule, String holder);

    /** Who holds the rule's lease and until when; empty when it is free. */
    Optional<Holding> holding(RetentionRule rule);

    /**
     * A lease as staff need to see it when "run now" cannot start: the server that holds it and
     * the moment it runs out should that server have stopped without letting go.
     *
     * @param holder the holder as taken: the server's name, '#', and a number of the run
     */
    record Holding(String holder, Instant until) {

        /** The server's name, without the run's number. */
        public String server() {
            int hash = holder.indexOf('#');
            return hash < 0 ? holder : holder.substring(0, hash);
        }

        /** A lease past its time binds nobody: the next run takes it. */
        public boolean expiredAt(Instant now) {
            return until == null || until.isBefore(now);
        }
    }
}
