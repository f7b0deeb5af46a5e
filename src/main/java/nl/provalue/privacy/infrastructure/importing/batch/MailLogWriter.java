package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.application.mail.MailLogIntake;
import nl.provalue.privacy.domain.importing.ImportTally;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.postfix.MailDelivery;

/**
 * P4: hands a chunk of mail deliveries to the {@link MailLogIntake} (which gives each the customer
 * it belongs to and stores those not stored yet) and advances the import's checkpoint, all in the
 * chunk's transaction.
 */
@Named
@Dependent
public class MailLogWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    @Inject
    JobContext job;

    @Inject
    MailLogIntake intake;

    /** Mailboxes and domains already looked up in this import. */
    private final MailLogIntake.Owners owners = new MailLogIntake.Owners();

    @Override
    public void writeItems(List<Object> items) {
        long lines = 0, bytes = 0, ignored = 0, skipped = 0, unmatched = 0, entries = 0;
        List<MailLogStore.Delivery> deliveries = new ArrayList<>();
        String remark = null;
        for (Object item : items) {
            ProcessedLine p = (ProcessedLine) item;
            lines++;
            bytes += p.line().bytes();
            if (remark == null && p.line().tooLong()) {
                remark = p.line().tooLongRemark();
            }
            if (p instanceof ProcessedLine.Entry<?> e) {
                MailDelivery d = (MailDelivery) e.entry();
                entries++;
                deliveries.add(new MailLogStore.Delivery(
                        null, d.queueId(), d.sender(), d.recipient(), d.sizeBytes(), d.at(), d.status()));
            } else if (p instanceof ProcessedLine.Ignored) {
                ignored++;
            } else if (p instanceof ProcessedLine.Skipped) {
                skipped++;
            } else if (p instanceof ProcessedLine.Unmatched) {
                unmatched++;
            }
        }
        MailLogStore.Stored stored = intake.take(deliveries, owners);
        long duplicates = entries - stored.entries();
        progress.chunkDone(
                Long.parseLong(importId),
                job.getExecutionId(),
                new ImportTally(
                        lines, bytes, stored.entries(), duplicates, ignored, skipped, unmatched, stored.bytes()),
                remark);
    }
}
