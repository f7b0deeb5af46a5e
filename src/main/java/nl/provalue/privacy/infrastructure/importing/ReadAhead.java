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
 * only memory: the import's checkpoint counts the lines its committed chunks took, and a resumed
 * import reads the file from its start again. However the reading ends (the file's end, a
 * failure of any kind, an interruption), the taker is told; it never waits for a thread that is
 * gone.
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = new Failure(new IOException("The reading of the log was interrupted", e));
        } catch (Throwable e) {
            // The lines before it are handed over first, then the failure, whatever it is: the
            // taker must never wait for a thread that is gone.
            last = new Failure(e);
        }
        if (!batch.isEmpty()) {
            handLast(batch);
        }
        handLast(last);
    }

    /** Waits for room, unless the reading was closed (then what is handed is dropped). */
    private void hand(Object item) throws InterruptedException {
        while (!closed) {
            if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The same without giving up when interrupted: the taker waits for what comes last. */
    private void handLast(Object item) {
        boolean interrupted = Thread.interrupted();
        try {
            while (!closed) {
                try {
                    if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
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
            Object item = take();
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure f) {
                ended = true;
                if (f.cause() instanceof IOException io) {
                    throw io;
                }
                if (f.cause() instanceof RuntimeException re) {
                    throw re;
                }
                if (f.cause() instanceof Error error) {
                    throw error;
                }
                throw new IOException("The reading of the log failed", f.cause());
            }
            current = ((List<T>) item).iterator();
        }
        return current.next();
    }

    /**
     * What the reading thread handed over next. Should that thread be gone without a last word
     * (its task cancelled before it ran), this says so instead of waiting for ever.
     */
    private Object take() throws IOException {
        try {
            while (true) {
                Object item = ready.poll(1, TimeUnit.SECONDS);
                if (item != null) {
                    return item;
                }
                if (task.isDone() && ready.isEmpty()) {
                    throw new IOException("The reading of the log stopped before its end");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the log", e);
        }
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
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // Every failure of the reading is handed over as a Failure; a task cancelled before it ran has none.
        } catch (TimeoutException e) {
            task.cancel(true);
        } finally {
            ready.clear();
            file.close();
        }
    }

    private record Failure(Throwable cause) {}
}
