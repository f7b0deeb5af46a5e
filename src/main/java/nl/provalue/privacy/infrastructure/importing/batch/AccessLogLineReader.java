package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.LogFileReader;
import nl.provalue.privacy.infrastructure.importing.LogLine;
import nl.provalue.privacy.infrastructure.importing.ReadAhead;
import nl.provalue.privacy.infrastructure.importing.accesslog.AccessLogParser;
import nl.provalue.privacy.infrastructure.importing.accesslog.LineKeys;
import nl.provalue.privacy.infrastructure.importing.accesslog.ParseResult;

/**
 * Reads an access log from the import's committed checkpoint on, like {@link LogLineReader}, and
 * parses each line and works out its key on a thread of its own ({@link ReadAhead}), while the
 * chunk before is being stored. Lines before the checkpoint are read again as replay and only
 * counted for the keys of repeated lines.
 */
@Named
@Dependent
public class AccessLogLineReader extends AbstractItemReader {

    /**
     * A line of the log with what parsing it gave (null for a replayed or over-long line) and its
     * key; its text is left out, since nothing after parsing needs it.
     */
    public record ParsedLine(LogLine line, ParseResult result, long key) {}

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    @Resource
    ManagedExecutorService executor;

    private ReadAhead<ParsedLine> lines;
    private long handedOut;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        ImportRun run = progress.load(Long.parseLong(importId));
        LogFileReader file = new LogFileReader(Files.newInputStream(Path.of(run.storedPath())));
        try {
            lines = new ReadAhead<>(executor, file, run.linesDone(), new Preparation());
        } catch (RuntimeException e) {
            // The reading never started (the server stopping its tasks, for one): the file is closed here.
            file.close();
            throw e;
        }
    }

    @Override
    public Object readItem() throws IOException {
        ParsedLine next = lines.next();
        if (next != null) {
            handedOut = next.line().number();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return handedOut;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }

    /**
     * P6: parses a line and gives it its key, in the file's order. Every line read whole counts
     * towards the keys of the identical lines after it, whether it is stored, skipped or replayed:
     * identical lines are parsed alike, so a resumed import gives each line the key the first run
     * gave it. (Skipped and unmatched lines now take places among the recent lines {@link
     * LineKeys} remembers, where before they did not; identical lines follow each other within
     * seconds, far inside that window.)
     */
    static final class Preparation implements Function<LogLine, ParsedLine> {

        private final AccessLogParser parser = new AccessLogParser();
        private final LineKeys keys = new LineKeys();

        @Override
        public ParsedLine apply(LogLine line) {
            LogLine withoutText = new LogLine(line.number(), "", line.bytes(), line.replay(), line.tooLong());
            if (line.tooLong()) {
                // Only its start was read: parsed, it could pass for a shorter line that is not in the file.
                return new ParsedLine(withoutText, null, 0);
            }
            long key = keys.next(line.text());
            return new ParsedLine(withoutText, line.replay() ? null : parser.parse(line.text()), key);
        }
    }
}
