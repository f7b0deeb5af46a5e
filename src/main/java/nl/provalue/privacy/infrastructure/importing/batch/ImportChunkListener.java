package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.provalue.privacy.application.ConflictRetryInterceptor;

/**
 * Keeps the reason a chunk failed, so the import's record can say why it stopped, and whether it
 * was a write conflict (on a Galera cluster, another server's write to the same counter row won),
 * after which the import resumes by itself from its last committed chunk.
 */
@Named
@Dependent
public class ImportChunkListener extends AbstractChunkListener {

    @Inject
    JobContext job;

    /** Set as the job's transient data when a chunk lost a write conflict. */
    static final String WRITE_CONFLICT = "write conflict";

    @Override
    public void onError(Exception e) {
        if (ConflictRetryInterceptor.isWriteConflict(e)) {
            job.setTransientUserData(WRITE_CONFLICT);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        job.setExitStatus(message.length() <= 400 ? message : message.substring(0, 400));
    }
}
