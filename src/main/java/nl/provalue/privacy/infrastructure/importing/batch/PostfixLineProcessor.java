package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.LogLine;
import nl.provalue.privacy.infrastructure.importing.ProcessedLine;
import nl.provalue.privacy.infrastructure.importing.postfix.MailDelivery;
import nl.provalue.privacy.infrastructure.importing.postfix.MailLogAssembler;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLogParser;

/**
 * P4: turns Postfix log lines into mail deliveries. Lines without a year are read in the
 * provider's time zone, with the year chosen relative to when the import was created, so a
 * resumed import reads every line exactly as the first attempt did.
 */
@Named
@Dependent
public class PostfixLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    private PostfixLogParser parser;
    private final MailLogAssembler assembler = new MailLogAssembler();

    @Override
    public Object processItem(Object item) {
        if (parser == null) {
            ImportRun run = progress.load(Long.parseLong(importId));
            parser = new PostfixLogParser(PolicyClock.PROVIDER_ZONE, run.createdAt());
        }
        LogLine line = (LogLine) item;
        if (line.tooLong()) {
            // Only its start was read: parsed, it could pass for a shorter line that is not in the file.
            return line.replay() ? null : new ProcessedLine.Skipped(line, "too long");
        }
        PostfixLine parsed = parser.parse(line.text());
        Optional<MailDelivery> delivery = assembler.accept(parsed);
        if (line.replay()) {
            return null;
        }
        if (parsed instanceof PostfixLine.Delivery d) {
            return delivery.<ProcessedLine>map(x -> new ProcessedLine.Entry<>(line, x))
                    .orElseGet(() -> new ProcessedLine.Unmatched(line, "no sender line for " + d.queueId()));
        }
        if (parsed instanceof PostfixLine.Accepted || parsed instanceof PostfixLine.Removed) {
            return new ProcessedLine.Used(line);
        }
        if (parsed instanceof PostfixLine.Ignored i) {
            return new ProcessedLine.Ignored(line, i.reason());
        }
        return new ProcessedLine.Skipped(line, ((PostfixLine.Unparseable) parsed).reason());
    }
}
