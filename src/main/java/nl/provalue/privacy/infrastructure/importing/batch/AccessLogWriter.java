package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.application.weblog.AccessLogIntake;
import nl.provalue.privacy.domain.importing.ImportTally;
import nl.provalue.privacy.domain.web.AccessLogStore.Line;
import nl.provalue.privacy.domain.web.AccessLogStore.Stored;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.batch.AccessLogLineProcessor.AccessRow;

/**
 * P3, P6: hands a chunk of access-log lines to the {@link AccessLogIntake} (which stores those no
 * earlier import stored, with their traffic per day and their storage) and, in the same
 * transaction, advances the import's checkpoint with what was stored.
 */
@Named
@Dependent
public class AccessLogWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @Inject
    AccessLogIntake intake;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(importId);
        long lines = 0, bytes = 0, skipped = 0, unmatched = 0, ignored = 0;
        List<Line> entries = new ArrayList<>(items.size());
        String remark = null;
        for (Object item : items) {
            ProcessedLine p = (ProcessedLine) item;
            lines++;
            bytes += p.line().bytes();
            if (remark == null && p.line().tooLong()) {
                remark = p.line().tooLongRemark();
            }
            if (p instanceof ProcessedLine.Entry<?> e) {
                entries.add(line((AccessRow) e.entry()));
            } else if (p instanceof ProcessedLine.Skipped) {
                skipped++;
            } else if (p instanceof ProcessedLine.Unmatched) {
                unmatched++;
            } else {
                ignored++;
            }
        }
        // The intake stores each line once; what it did not store was there already (a duplicate).
        Stored stored = intake.take(entries, id);
        long imported = stored.entries();
        long traffic = stored.traffic();
        progress.chunkDone(
                id,
                job.getExecutionId(),
                new ImportTally(
                        lines, bytes, imported, entries.size() - imported, ignored, skipped, unmatched, traffic),
                remark);
    }

    private static Line line(AccessRow r) {
        return new Line(
                r.websiteId(),
                r.line().requestedAt(),
                r.line().clientIp(),
                r.line().method(),
                r.line().path(),
                r.line().status(),
                r.line().responseBytes(),
                r.storedBytes(),
                r.lineKey());
    }
}
