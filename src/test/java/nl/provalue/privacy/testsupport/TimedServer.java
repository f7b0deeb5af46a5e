package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server of the tests' Liberty runtime with the portal's {@code server.xml}, started on its own
 * to time how long it takes from {@code server start} to {@code /health/ready} answering 200.
 */
public final class TimedServer implements AutoCloseable {

    private static final Path WLP = Path.of("target/liberty/wlp").toAbsolutePath();

    /** How long one start took, and the server's resident memory when it was ready. */
    public record Start(Duration toReady, long residentBytes) {}

    private final String name;
    private final int httpPort;

    /**
     * Makes the server: the portal's configuration and JDBC drivers, the settings, one application.
     * Refuses when something listens on its port already (a server left over would answer at once).
     */
    public TimedServer(String name, int httpPort, Map<String, String> settings, Path war) {
        this.name = name;
        this.httpPort = httpPort;
        if (!Processes.awaitPort(httpPort, false, Duration.ofSeconds(10))) {
            throw new IllegalStateException("Port " + httpPort + " is in use");
        }
        Path dir = WLP.resolve("usr/servers").resolve(name);
        try {
            PortalCluster.deleteTree(dir);
            Files.createDirectories(dir.resolve("dropins"));
            Files.createDirectories(dir.resolve("jdbc"));
            Files.copy(Path.of("liberty/config/server.xml"), dir.resolve("server.xml"));
            try (Stream<Path> jars = Files.list(Path.of("target/jdbc"))) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, dir.resolve("jdbc").resolve(jar.getFileName()));
                }
            }
            Files.copy(war, dir.resolve("dropins").resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(
                    dir.resolve("bootstrap.properties"),
                    settings.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("\n"))
                            + "\nhttp.port=" + httpPort + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits, asking every 50 ms, until it says it is ready. */
    public Start start() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long started = System.nanoTime();
        CompletableFuture<Void> command = CompletableFuture.runAsync(() -> Processes.startLiberty(WLP, name));
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    command.join();
                    return new Start(took, residentBytes());
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (command.isCompletedExceptionally()) {
                command.join();
            }
            Processes.sleep(50);
        }
        throw new IllegalStateException(name + " not ready within 3 minutes");
    }

    /** Stops the server and waits until its port is free. */
    public void stop() {
        Processes.run(WLP.resolve("bin/server").toString(), "stop", name);
        if (!Processes.awaitPort(httpPort, false, Duration.ofSeconds(30))) {
            throw new IllegalStateException(name + " still listens after it was stopped");
        }
    }

    /** Whatever happened: no process of this server is left. */
    @Override
    public void close() {
        try {
            Processes.run(WLP.resolve("bin/server").toString(), "stop", name);
        } catch (IllegalStateException e) {
            // Not running.
        }
        processes().forEach(ProcessHandle::destroyForcibly);
        Processes.awaitPort(httpPort, false, Duration.ofSeconds(30));
    }

    private Stream<ProcessHandle> processes() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("ws-server.jar") && c.contains(" " + name))
                        .orElse(false));
    }

    private long residentBytes() {
        long pid = processes()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no process of " + name))
                .pid();
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                            .filter(l -> l.startsWith("VmRSS:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                            .findFirst()
                            .orElse(0)
                    * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
