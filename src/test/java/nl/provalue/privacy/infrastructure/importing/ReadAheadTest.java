package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS), "the reading thread stopped");
    }

    private static byte[] lines(int count) {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            file.append("regel ").append(i).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void handsOverEveryLineInTheFilesOrderPreparedOneAfterTheOther() throws IOException {
        int count = ReadAhead.BATCH * (ReadAhead.WAITING + 3) + 17;
        AtomicInteger prepared = new AtomicInteger();
        List<String> taken = new ArrayList<>();
        try (ReadAhead<String> read = new ReadAhead<>(
                executor,
                new LogFileReader(new ByteArrayInputStream(lines(count))),
                5,
                l -> prepared.incrementAndGet() + (l.replay() ? " replay " : " ") + l.text())) {
            for (String line = read.next(); line != null; line = read.next()) {
                taken.add(line);
            }
            assertNull(read.next(), "the end stays the end");
        }
        assertEquals(count, taken.size());
        assertEquals("1 replay regel 1", taken.get(0));
        assertEquals("5 replay regel 5", taken.get(4));
        assertEquals("6 regel 6", taken.get(5));
        assertEquals(count + " regel " + count, taken.get(count - 1));
    }

    @Test
    void closingBeforeTheEndStopsTheReadingAndClosesTheFile() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream file = new FilterInputStream(new ByteArrayInputStream(lines(100_000))) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        AtomicInteger prepared = new AtomicInteger();
        ReadAhead<LogLine> read = new ReadAhead<>(executor, new LogFileReader(file), 0, l -> {
            prepared.incrementAndGet();
            return l;
        });
        assertEquals("regel 1", read.next().text());
        read.close();
        assertTrue(closed.get(), "the file is closed");
        int after = prepared.get();
        assertTrue(after < 100_000, "it stopped reading: " + after);
        assertTrue(after <= ReadAhead.BATCH * (ReadAhead.WAITING + 2), "it read only a few batches ahead: " + after);
    }

    @Test
    void aFailureOfTheFileReachesTheTakerAfterTheLinesBeforeIt() throws IOException {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(lines(3)), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("schijf weg");
            }
        });
        List<LogLine> taken = new ArrayList<>();
        try (ReadAhead<LogLine> read = new ReadAhead<>(executor, new LogFileReader(broken), 0, l -> l)) {
            IOException e = assertThrows(IOException.class, () -> {
                for (LogLine l = read.next(); l != null; l = read.next()) {
                    taken.add(l);
                }
            });
            assertEquals("schijf weg", e.getMessage());
        }
        assertEquals(3, taken.size(), "the lines before the failure came first");
    }

    @Test
    void aFailureOfThePreparationReachesTheTaker() throws IOException {
        List<LogLine> taken = new ArrayList<>();
        try (ReadAhead<LogLine> read =
                new ReadAhead<>(executor, new LogFileReader(new ByteArrayInputStream(lines(10))), 0, l -> {
                    if (l.number() == 7) {
                        throw new IllegalStateException("regel 7 kapot");
                    }
                    return l;
                })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (LogLine l = read.next(); l != null; l = read.next()) {
                    taken.add(l);
                }
            });
            assertEquals("regel 7 kapot", e.getMessage());
            assertNull(read.next(), "after a failure there is nothing more");
        }
        assertEquals(6, taken.size(), "the lines before the failure came first");
    }

    @Test
    void anErrorOfThePreparationReachesTheTakerInsteadOfLeavingItWaiting() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (ReadAhead<LogLine> read =
                    new ReadAhead<>(executor, new LogFileReader(new ByteArrayInputStream(lines(10))), 0, l -> {
                        if (l.number() == 4) {
                            throw new StackOverflowError("te diep");
                        }
                        return l;
                    })) {
                StackOverflowError e = assertThrows(StackOverflowError.class, () -> {
                    while (read.next() != null) {
                        // the lines before the failure
                    }
                });
                assertEquals("te diep", e.getMessage());
            }
        });
    }

    @Test
    void aReadingThreadStoppedHalfwayIsReportedInsteadOfAwaited() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ExecutorService own = Executors.newSingleThreadExecutor();
            CountDownLatch reading = new CountDownLatch(1);
            try (ReadAhead<LogLine> read =
                    new ReadAhead<>(own, new LogFileReader(new ByteArrayInputStream(lines(100_000))), 0, l -> {
                        reading.countDown();
                        return l;
                    })) {
                assertTrue(reading.await(10, TimeUnit.SECONDS));
                // As when the server stops the application's tasks.
                own.shutdownNow();
                assertThrows(IOException.class, () -> {
                    while (read.next() != null) {
                        // what was read before the stop
                    }
                });
            }
        });
    }

    @Test
    void aReadingTaskThatNeverRanIsReportedInsteadOfAwaited() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ExecutorService never = new java.util.concurrent.AbstractExecutorService() {
                @Override
                public void execute(Runnable command) {
                    // accepted and dropped, as a task cancelled before it ran
                }

                @Override
                public void shutdown() {}

                @Override
                public List<Runnable> shutdownNow() {
                    return List.of();
                }

                @Override
                public boolean isShutdown() {
                    return false;
                }

                @Override
                public boolean isTerminated() {
                    return false;
                }

                @Override
                public boolean awaitTermination(long timeout, TimeUnit unit) {
                    return true;
                }

                @Override
                protected <V> java.util.concurrent.RunnableFuture<V> newTaskFor(Runnable runnable, V value) {
                    java.util.concurrent.FutureTask<V> task = new java.util.concurrent.FutureTask<>(runnable, value);
                    task.cancel(false);
                    return task;
                }
            };
            ReadAhead<LogLine> read =
                    new ReadAhead<>(never, new LogFileReader(new ByteArrayInputStream(lines(3))), 0, l -> l);
            assertThrows(IOException.class, read::next);
            read.close();
        });
    }
}
