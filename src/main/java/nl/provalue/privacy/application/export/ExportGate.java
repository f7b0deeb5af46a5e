package nl.provalue.privacy.application.export;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many exports a server makes at once. One export keeps about two cores busy for as long as
 * it reads (half a minute for ten million log lines), so a customer has one export at a time, and
 * a server makes at most {@code atOnce}; a request beyond that waits up to {@code patience} for its
 * turn and is then refused ({@link ExportBusyException}), so that many requests cannot take every
 * core, connection and request thread of the server.
 */
public final class ExportGate {

    /** One export for each two cores, and at least two. */
    public static int defaultAtOnce() {
        return Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
    }

    private final Semaphore slots;
    private final Set<Long> exporting = ConcurrentHashMap.newKeySet();
    private final Duration patience;

    public ExportGate(int atOnce, Duration patience) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one export at once: " + atOnce);
        }
        this.slots = new Semaphore(atOnce, true);
        this.patience = patience;
    }

    /** A turn to export; closing it lets the next one in. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The customer's turn, once no other export of theirs is running and a place is free.
     *
     * @throws ExportBusyException when the customer's own export is still running, or no place
     *     came free within the patience
     */
    public Turn enter(long customerId) {
        if (!exporting.add(customerId)) {
            throw new ExportBusyException(true);
        }
        boolean free = false;
        try {
            free = slots.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!free) {
                exporting.remove(customerId);
            }
        }
        if (!free) {
            throw new ExportBusyException(false);
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                slots.release();
                exporting.remove(customerId);
            }
        };
    }
}
