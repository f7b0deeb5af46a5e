package nl.provalue.privacy.infrastructure.importing;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Reads a log file's lines and prepares each (parses it, for instance) on a thread of its own, a
 * few thousand lines ahead of the import that takes them, so that the next lines are ready while
 * the import stores the last ones. The lines are prepared one after the other in the file's order,
 * so a preparation may keep state from line to line. What is read ahead and not yet taken is
 * only memory: the import's checkpoint counts the lines it stored, and a resumed import reads
 * the file from its start again.
 *
 * @param <T> a prepared line
 */
public final class ReadAhead<T> implements Closeable {

    /** Lines handed over at a time, and how many such batches may wait. */
    static final int BATCH = 500;

    static final int WAITING = 8;

    private static final Object END = new Object();

    private final LogFileReader file;
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(WAITING);
    private final Future<?> task;
    private volatile boolean closed;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean ended;

    /**
     * Starts reading.
     *
     * @param replayUntil the lines up to this number are read as replay (see {@link LogLine})
     * @param prepare turns a line into what the import takes; runs on the executor's thread
     */
    public ReadAhead(ExecutorService executor, LogFileReader file, long replayUntil, Function<LogLine, T> prepare) {
        this.file = file;
        this.task = executor.submit(() -> read(replayUntil, prepare));
    }

    private void read(long replayUntil, Function<LogLine, T> prepare) {
        List<T> batch = new ArrayList<>(BATCH);
        Object last = END;
        try {
            LogLine line;
            while (!closed && (line = file.next(file.lineNumber() < replayUntil)) != null) {
                batch.add(prepare.apply(line));
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The lines before it are handed over first, then the failure.
            last = new Failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (!batch.isEmpty()) {
                hand(batch);
            }
            hand(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for room, unless the reading was closed (then what is handed is dropped). */
    private void hand(Object item) throws InterruptedException {
        while (!closed) {
            if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next prepared line, in the file's order, or null after the last. */
    @SuppressWarnings("unchecked")
    public T next() throws IOException {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading the log", e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure f) {
                ended = true;
                if (f.cause() instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) f.cause();
            }
            current = ((List<T>) item).iterator();
        }
        return current.next();
    }

    /** Stops the reading thread, waits for it, and closes the file. */
    @Override
    public void close() throws IOException {
        closed = true;
        ready.clear();
        try {
            task.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Its failure was handed over as a Failure; nothing more to report.
        } catch (TimeoutException e) {
            task.cancel(true);
        } finally {
            ready.clear();
            file.close();
        }
    }

    private record Failure(Exception cause) {}
}
