package nl.provalue.privacy.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a class logs while a test runs, every level; {@link #close()} puts its logger back as it was. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Level level;

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Starts capturing what {@code type}'s logger writes. */
    public static LogCapture of(Class<?> type) {
        return new LogCapture(Logger.getLogger(type.getName()));
    }

    public List<LogRecord> records() {
        return records;
    }

    public List<Level> levels() {
        return records.stream().map(LogRecord::getLevel).toList();
    }

    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(level);
    }
}
