package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.ImportRecovery;

/**
 * Marks the import running when its job starts and complete or failed when it ends; a completed
 * import's file is deleted at once (P4).
 */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    JobContext job;

    @Inject
    ImportProgress progress;

    @Inject
    ImportRecovery recovery;

    private boolean claimed;

    @Override
    public void beforeJob() {
        claimed = progress.claim(Long.parseLong(importId), job.getExecutionId());
        if (!claimed) {
            // Another job execution has it (or it is done): this one stops before reading a line.
            throw new IllegalStateException("Import " + importId + " is not waiting for a job");
        }
    }

    @Override
    public void afterJob() {
        if (!claimed) {
            return;
        }
        long id = Long.parseLong(importId);
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.STARTED) {
            // afterJob runs before the runtime records COMPLETED; reaching it without failure means done.
            progress.completed(id, job.getExecutionId());
            recovery.finished(id);
        } else {
            String exit = job.getExitStatus();
            LOG.warning("Import " + id + " ended " + status + (exit == null ? "" : ": " + exit));
            progress.failed(
                    id,
                    job.getExecutionId(),
                    "The import stopped (" + status + ")" + (exit == null ? "" : ": " + exit)
                            + ". It can be resumed from its last committed chunk.");
            if (ImportChunkListener.WRITE_CONFLICT.equals(job.getTransientUserData())) {
                recovery.resumeAfterWriteConflict(id);
            }
        }
    }
}
