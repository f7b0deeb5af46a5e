package nl.provalue.privacy.application.importing;

import java.io.Serializable;
import java.time.Instant;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;

/** What an import did, as staff and scripts see it. */
public record ImportReport(
        long id,
        ImportKind kind,
        String site,
        String fileName,
        long fileSize,
        String sha256,
        ImportStatus status,
        int percent,
        long lines,
        long bytesRead,
        long imported,
        long duplicates,
        long ignored,
        long skipped,
        long unmatched,
        long bytesCounted,
        String startedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String detail,
        Instant rawFileDeletedAt,
        Instant rawFileDeletionDue)
        implements Serializable {

    /** {@code rawFiles}: P4, when the uploaded file goes (shown while it is still there). */
    static ImportReport of(ImportRun r, String site, RawLogFileRetention rawFiles) {
        Instant due = r.rawFileDeletedAt() != null
                ? null
                : rawFiles.deletionDue(r.status(), r.finishedAt()).orElse(null);
        return new ImportReport(
                r.id(),
                r.kind(),
                site,
                r.fileName(),
                r.fileSize(),
                r.fileSha256(),
                r.status(),
                r.percentDone(),
                r.linesDone(),
                r.bytesDone(),
                r.imported(),
                r.duplicates(),
                r.ignored(),
                r.skipped(),
                r.unmatched(),
                r.bytesCounted(),
                r.startedBy(),
                r.createdAt(),
                r.startedAt(),
                r.finishedAt(),
                r.detail(),
                r.rawFileDeletedAt(),
                due);
    }

    /** P4: whether the uploaded file is still on disk. */
    public boolean rawFileKept() {
        return rawFileDeletedAt == null;
    }

    public boolean open() {
        return status.isOpen();
    }

    /** Finished without a single line it could read: most likely a log of another kind. */
    public boolean nothingReadable() {
        return nl.provalue.privacy.domain.importing.ImportRun.nothingReadable(status, lines, skipped);
    }

    public boolean resumable() {
        return status.canResume() && rawFileDeletedAt == null;
    }
}
