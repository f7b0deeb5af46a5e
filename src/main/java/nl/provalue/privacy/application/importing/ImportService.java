package nl.provalue.privacy.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.apitoken.ApiScope;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * Staff import server logs: the file is stored, recorded, and handed to a batch job that works
 * through it in chunks. Starting and resuming imports is for staff only.
 */
@ApplicationScoped
public class ImportService {

    /** The longest file name an import keeps, in characters. */
    public static final int MAX_FILE_NAME = 255;

    @Inject
    ImportRecords records;

    @Inject
    LogFileStore files;

    @Inject
    ImportLauncher launcher;

    @Inject
    CurrentCaller caller;

    @Inject
    ImportSettings settings;

    @Inject
    MailLogFollowing following;

    /**
     * Stores the log and starts its import. {@code site} is the website's host name for an access
     * log of one website; without it, an access log's lines go to the websites their virtual hosts name.
     */
    public ImportReport submit(ImportKind kind, String site, String fileName, InputStream content) {
        CurrentCaller.Identity who = importer();
        if (fileName != null && fileName.length() > MAX_FILE_NAME) {
            // Refused, never cut: the name is what staff will look for in the report.
            throw new LogRefusedException(
                    LogRefusedException.Reason.NAME_TOO_LONG,
                    "A file name has at most " + MAX_FILE_NAME + " characters");
        }
        // An access log without a website: each line goes to the website its virtual host names.
        Long websiteId =
                kind == ImportKind.ACCESS_LOG && site != null && !site.isBlank() ? records.websiteIdOf(site) : null;
        LogFileStore.StoredLog stored = files.store(fileName, content, settings.maxFileBytes());
        if (stored.size() == 0) {
            files.delete(stored);
            throw new LogRefusedException(LogRefusedException.Reason.EMPTY, "The log is empty");
        }
        long id;
        try {
            id = records.create(
                    kind,
                    websiteId,
                    fileName == null || fileName.isBlank() ? "upload.log" : fileName,
                    stored,
                    who.username(),
                    who.role());
        } catch (RuntimeException e) {
            // Not recorded, so no rule would ever find the file: it goes now (P4).
            files.delete(stored);
            throw e;
        }
        launch(id, kind);
        return report(id);
    }

    /**
     * Takes up a failed or interrupted import again, from its last committed chunk, as long as its
     * file is still there (P4: it is deleted after a limit).
     */
    public ImportReport resume(long id) {
        importer();
        ImportReport report = report(id);
        if (report.rawFileDeletedAt() != null) {
            throw new IllegalStateException(
                    "Import " + id + " cannot be resumed: its file was deleted at " + report.rawFileDeletedAt());
        }
        if (!records.requeue(id)) {
            throw new IllegalStateException("Import " + id + " is " + report.status() + " and cannot be resumed");
        }
        launch(id, report.kind());
        return report(id);
    }

    public ImportReport report(long id) {
        return records.report(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    public List<ImportReport> recent(int first, int limit) {
        return records.recent(first, limit);
    }

    public long count() {
        return records.count();
    }

    /** Waits until the import has ended or {@code max} has passed, and reports where it is. */
    public ImportReport await(long id, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        ImportReport report = report(id);
        while (report.open() && System.nanoTime() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            report = report(id);
        }
        return report;
    }

    private void launch(long id, ImportKind kind) {
        try {
            launcher.start(id, kind);
        } catch (RuntimeException e) {
            records.failedToStart(id, "The import could not be started: " + e.getMessage());
            throw e;
        }
    }

    /** Staff, or a system whose key may import logs. */
    private CurrentCaller.Identity importer() {
        return caller.requireStaffOr(ApiScope.LOG_IMPORT, "Only staff and the log shipper import logs");
    }

    /** The websites an access log can be imported for, by host name. */
    public List<String> websites() {
        importer();
        return records.websiteHostnames();
    }

    /** P4: how long the file of a failed import is kept, for the screen. */
    public long failedFileDays() {
        return settings.rawFiles().failedLimitDays();
    }

    /** The largest log an import takes, in bytes. */
    public long maxFileBytes() {
        return settings.maxFileBytes();
    }

    /** P4: how far the followed live mail log is handed to imports, for the screen. */
    public MailLogFollowing.Status followStatus() {
        importer();
        return following.status();
    }
}
