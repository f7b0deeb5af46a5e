package nl.provalue.privacy.application.importing;

import java.time.Instant;

import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportStatus;

/** What an import did, as staff and scripts see it. */
public record ImportReport(long id, ImportKind kind, String site, String fileName, long fileSize, String sha256,
                           ImportStatus status, int percent, long lines, long bytesRead, long imported,
                           long duplicates, long ignored, long skipped, long unmatched, long bytesCounted,
                           String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
                           String detail) {

    static ImportReport of(ImportRun r, String site) {
        return new ImportReport(r.id(), r.kind(), site, r.fileName(), r.fileSize(), r.fileSha256(), r.status(),
                r.percentDone(), r.linesDone(), r.bytesDone(), r.imported(), r.duplicates(), r.ignored(),
                r.skipped(), r.unmatched(), r.bytesCounted(), r.startedBy(), r.createdAt(), r.startedAt(),
                r.finishedAt(), r.detail());
    }

    public boolean open() {
        return status.isOpen();
    }

    public boolean resumable() {
        return status.canResume();
    }
}
