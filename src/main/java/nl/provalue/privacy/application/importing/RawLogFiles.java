package nl.provalue.privacy.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;

/**
 * P4: deletes uploaded log files once {@link RawLogFileRetention} says their import no longer needs
 * them, and records the moment in the import's record: right after an import completes, and by
 * the retention rule {@code RAW_LOG_FILES} for failed imports past their limit (and for any
 * completed import whose file could not be deleted at once, and files of uploads that no import
 * records because the server stopped while receiving them).
 */
@ApplicationScoped
public class RawLogFiles {

    private static final Logger LOG = Logger.getLogger(RawLogFiles.class.getName());

    @Inject
    ImportRunRepository runs;

    @Inject
    LogFileStore files;

    @Inject
    ImportSettings settings;

    /** The rule with the configured limit. */
    public RawLogFileRetention rule() {
        return settings.rawFiles();
    }

    /**
     * Inside the caller's transaction: deletes at most {@code limit} files due at {@code now} and
     * says how many. The record is written first, with a condition, so a resumption or another
     * server at the same moment either wins (the file stays) or finds the file gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteDue(Instant now, int limit) {
        RawLogFileRetention rule = rule();
        int deleted = 0;
        for (ImportRun run : runs.rawFilesDue(now, rule.failedCutoff(now), limit)) {
            if (delete(run, rule, now)) {
                deleted++;
            }
        }
        // What a server that stopped while receiving an upload left behind: recorded by no import.
        for (LogFileStore.StoredFile file : files.writtenBefore(rule.unrecordedCutoff(now))) {
            if (deleted >= limit) {
                break;
            }
            if (!runs.recordsFileNamed(file.name())) {
                files.delete(file.path());
                LOG.info(() -> "Deleted " + file.path() + ", an upload no import records (last written "
                        + file.lastWritten() + ")");
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * In the transaction that marks {@code run} complete: its file goes at once and the record says
     * so when the import completed, so that whoever reads the finished report finds the file gone.
     * A file that cannot be deleted now fails nothing: the retention rule takes it later.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean deleteAfterImport(ImportRun run, Instant now) {
        if (run.rawFileDeletedAt() != null || !rule().isDue(run.status(), run.finishedAt(), now)) {
            return false;
        }
        try {
            files.delete(run.storedPath());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The file of import " + run.id() + " could not be deleted yet; the retention rule will",
                    e);
            return false;
        }
        run.rawFileDeleted(now);
        return true;
    }

    private boolean delete(ImportRun run, RawLogFileRetention rule, Instant now) {
        if (!rule.isDue(run.status(), run.finishedAt(), now)
                || !runs.markRawFileDeleted(run.id(), run.status(), run.finishedAt(), now)) {
            return false;
        }
        files.delete(run.storedPath());
        return true;
    }
}
