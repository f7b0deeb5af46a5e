package nl.provalue.privacy.infrastructure.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.provalue.privacy.application.importing.RawLogFiles;
import nl.provalue.privacy.application.retention.RetentionTask;
import nl.provalue.privacy.domain.retention.RetentionRule;

/**
 * P4: the retention rule {@link RetentionRule#RAW_LOG_FILES}: uploaded log files of failed or
 * interrupted imports past their limit, and of completed imports whose file is somehow still
 * there, are deleted in batches, those that ended first first; then files no import records (the
 * remains of an upload the server could not finish) a day after they were last written.
 */
@ApplicationScoped
public class RawLogFilePurge implements RetentionTask {

    @Inject
    RawLogFiles files;

    @Override
    public RetentionRule rule() {
        return RetentionRule.RAW_LOG_FILES;
    }

    @Override
    public Instant cutoff(Instant now) {
        return files.rule().failedCutoff(now);
    }

    @Override
    public int removeBatch(Instant now, int limit) {
        return files.deleteDue(now, limit);
    }
}
