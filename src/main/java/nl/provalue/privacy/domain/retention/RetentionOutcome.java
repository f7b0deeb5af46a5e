package nl.provalue.privacy.domain.retention;

/** How a retention run ended. */
public enum RetentionOutcome {
    RUNNING,
    /** Everything due at the run's moment was removed. */
    COMPLETED,
    /** Stopped before the end (server shutting down, time budget used); the next run continues. */
    INTERRUPTED,
    FAILED
}
