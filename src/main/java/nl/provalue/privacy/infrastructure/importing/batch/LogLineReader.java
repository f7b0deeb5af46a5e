package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.infrastructure.importing.ImportProgress;
import nl.provalue.privacy.infrastructure.importing.LogFileReader;
import nl.provalue.privacy.infrastructure.importing.LogLine;

/**
 * Reads a Postfix log line by line, continuing from the import's committed checkpoint. The lines
 * before it are read again, marked as replay, and only rebuild state: deliveries are joined to
 * sender lines that came before. (Access logs are read by the {@link AccessLogLineReader}.)
 */
@Named
@Dependent
public class LogLineReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportProgress progress;

    private LogFileReader reader;
    private long replayUntil;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        ImportRun run = progress.load(Long.parseLong(importId));
        reader = new LogFileReader(Files.newInputStream(Path.of(run.storedPath())));
        replayUntil = run.linesDone();
    }

    @Override
    public Object readItem() throws IOException {
        boolean replay = reader.lineNumber() < replayUntil;
        LogLine line = reader.next(replay);
        return line;
    }

    @Override
    public Serializable checkpointInfo() {
        return reader == null ? 0L : reader.lineNumber();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
