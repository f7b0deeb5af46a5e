package nl.provalue.privacy.infrastructure.importing;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import nl.provalue.privacy.application.importing.ImportLauncher;
import nl.provalue.privacy.domain.importing.ImportKind;

/**
 * Imports as Jakarta Batch jobs ({@code META-INF/batch-jobs}). A resumed import is a new job
 * execution of the same import: the reader continues from the checkpoint that the import's own
 * record holds, which survives a crash of the server, unlike the batch runtime's own repository.
 */
@ApplicationScoped
public class BatchImportLauncher implements ImportLauncher {

    public static final String POSTFIX_JOB = "postfix-import";
    public static final String ACCESS_LOG_JOB = "access-log-import";

    @Override
    public long start(long importId, ImportKind kind) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        return operator.start(kind == ImportKind.POSTFIX ? POSTFIX_JOB : ACCESS_LOG_JOB, parameters);
    }
}
