package nl.provalue.privacy.application.importing;

import nl.provalue.privacy.domain.importing.ImportKind;

/** Starts the batch job that works an import. */
public interface ImportLauncher {

    /** Starts (or, after a crash or failure, resumes) the import; returns the job execution id. */
    long start(long importId, ImportKind kind);
}
