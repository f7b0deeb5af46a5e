package nl.provalue.privacy.domain.importing;

/** Where an import is. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED,
    /** The server stopped while the import ran; it can be resumed from its last commit. */
    INTERRUPTED;

    public boolean isOpen() {
        return this == QUEUED || this == RUNNING;
    }

    public boolean canResume() {
        return this == FAILED || this == INTERRUPTED;
    }
}
