package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Commands and servers the tests start on this machine (the mail servers above all). */
final class Processes {

    private Processes() {}

    /** Runs a command to its end; fails with its output unless it ends well within a minute. */
    static void run(String... command) {
        runWithin(Duration.ofMinutes(1), null, command);
    }

    /** The same with {@code input} on the command's standard input. */
    static void runWithInput(String input, String... command) {
        runWithin(Duration.ofMinutes(1), input, command);
    }

    /**
     * Starts a Liberty server ({@code server start} waits until the server says it started): on a
     * busy machine with two servers starting at once that has taken more than a minute.
     */
    static void startLiberty(Path wlp, String server) {
        runWithin(Duration.ofMinutes(4), null, wlp.resolve("bin/server").toString(), "start", server);
    }

    private static void runWithin(Duration limit, String input, String... command) {
        try {
            // Output to a file, not a pipe: a server that goes to the background keeps a pipe open.
            Path output = Files.createTempFile("command", ".out");
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (input != null) {
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            boolean ended = p.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            String out = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (!ended || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a server listens on the port ({@code open}) or no longer does; false when it took too long. */
    static boolean awaitPort(int port, boolean open, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            boolean listening;
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                listening = true;
            } catch (IOException e) {
                listening = false;
            }
            if (listening == open) {
                return true;
            }
            sleep(200);
        }
        return false;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
