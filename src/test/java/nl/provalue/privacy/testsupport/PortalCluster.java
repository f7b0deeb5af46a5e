package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The portal as a provider runs it on more than one server: two Liberty servers of the built
 * portal, each with the cluster configuration of {@code liberty/cluster/cluster.xml}, on one
 * database, behind HAProxy (Debian's) that ends TLS and sends each request to the next server in
 * turn, without stickiness, checking {@code /health/ready}. Everything is started here with its
 * own ports, directories and database, and stopped again.
 */
public final class PortalCluster implements AutoCloseable {

    public static final int BALANCER_PORT = 9690;
    private static final int STATS_PORT = 9691;
    private static final Path WLP = Path.of("target/liberty/wlp").toAbsolutePath();
    private static final Path WORK = Path.of("target/cluster").toAbsolutePath();

    private final String database;
    private final boolean sharedSessions;
    private final GaleraCluster galera;
    private final List<Server> servers = List.of(new Server("portal1", 9281, 9641), new Server("portal2", 9282, 9642));
    private Process balancer;

    /** One of the portal's servers: its name (also its clone id) and its ports. */
    public record Server(String name, int httpPort, int httpsPort) {}

    public PortalCluster(String database) {
        this(database, true);
    }

    /**
     * With {@code sharedSessions} false the servers keep sessions in memory, as a single server
     * does (for comparing what the session store costs).
     */
    public PortalCluster(String database, boolean sharedSessions) {
        this.database = database;
        this.sharedSessions = sharedSessions;
        this.galera = null;
    }

    /**
     * On a Galera cluster instead of the one MariaDB of this machine: each server is given all
     * nodes, the first server starting with the first node, the second with the second, so that
     * the two write through different nodes.
     */
    public PortalCluster(String database, GaleraCluster galera) {
        this.database = database;
        this.sharedSessions = true;
        this.galera = galera;
    }

    private String adminUrl(String db) {
        return galera == null
                ? "jdbc:mariadb://127.0.0.1:3306/" + db
                : galera.url(galera.nodes().get(0), db);
    }

    private String databaseUrl(Server server) {
        return galera == null
                ? "jdbc:mariadb://127.0.0.1:3306/" + database
                : galera.url(
                        galera.nodes()
                                .get(servers.indexOf(server) % galera.nodes().size()),
                        database);
    }

    public List<Server> servers() {
        return servers;
    }

    /** Where people reach the portal: the balancer. */
    public URL url() {
        try {
            return URI.create("https://localhost:" + BALANCER_PORT + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database; the servers, started at the same moment; the balancer. */
    public void start() {
        try (Connection c = DriverManager.getConnection(adminUrl(""), "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("DROP DATABASE IF EXISTS " + database + "_sessions");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            deleteTree(WORK);
            Files.createDirectories(WORK);
            for (Server server : servers) {
                create(server);
            }
            // All at once on the new, empty database: one migrates and loads the demo data while
            // the others wait for its start-up lease.
            List<CompletableFuture<Void>> starting = servers.stream()
                    .map(server -> CompletableFuture.runAsync(() -> start(server)))
                    .toList();
            starting.forEach(CompletableFuture::join);
            startBalancer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create(Server server) throws IOException {
        Path dir = WLP.resolve("usr/servers").resolve(server.name());
        deleteTree(dir);
        Files.createDirectories(dir.resolve("configDropins/overrides"));
        Files.createDirectories(dir.resolve("dropins"));
        Files.createDirectories(dir.resolve("jdbc"));
        Files.copy(Path.of("liberty/config/server.xml"), dir.resolve("server.xml"));
        if (sharedSessions) {
            Files.copy(Path.of("liberty/cluster/cluster.xml"), dir.resolve("configDropins/overrides/cluster.xml"));
        }
        try (Stream<Path> jars = Files.list(Path.of("target/jdbc"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, dir.resolve("jdbc").resolve(jar.getFileName()));
            }
        }
        Files.copy(
                Path.of("target/portal.war"), dir.resolve("dropins/portal.war"), StandardCopyOption.REPLACE_EXISTING);
        // As a provider would set them: HTTPS only, behind a proxy that ends TLS on this machine.
        String settings = String.join(
                "\n",
                "db.url=" + databaseUrl(server),
                "db.user=root",
                "db.password=",
                "db.datasource=org.mariadb.jdbc.MariaDbDataSource",
                "portal.demo.data=true",
                "http.port=" + server.httpPort(),
                "https.port=" + server.httpsPort(),
                "portal.retention.interval.minutes=0",
                "portal.https.only=true",
                "portal.trusted.proxies=^127\\\\.0\\\\.0\\\\.1$",
                "portal.public.url=https://localhost:" + BALANCER_PORT,
                "portal.import.dir=" + WORK.resolve("imports"),
                "portal.server.name=" + server.name(),
                // An import whose server dies is taken over after 20 s of silence (2 minutes unless set).
                "portal.import.takeover.seconds=20",
                "");
        Files.writeString(dir.resolve("bootstrap.properties"), settings, StandardCharsets.UTF_8);
    }

    /** Starts a server and waits until it says it is ready. */
    public void start(Server server) {
        Processes.startLiberty(WLP, server.name());
        awaitReady(server, Duration.ofMinutes(4));
    }

    private static void awaitReady(Server server, Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Processes.sleep(500);
        }
        throw new IllegalStateException(server.name() + " not ready within " + timeout);
    }

    /** The server's process ends at once, as in a crash or a power cut: no shutdown, nothing saved. */
    public void kill(Server server) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("ws-server.jar") && c.contains(" " + server.name()))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        if (!Processes.awaitPort(server.httpPort(), false, Duration.ofSeconds(30))) {
            throw new IllegalStateException(server.name() + " still listens after kill -9");
        }
    }

    private void startBalancer() throws IOException {
        Path key = WORK.resolve("balancer-key.pem");
        Path cert = WORK.resolve("balancer-cert.pem");
        Processes.run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString(),
                "-days",
                "2",
                "-subj",
                "/CN=localhost");
        Path pem = WORK.resolve("balancer.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        StringBuilder config = new StringBuilder(String.join(
                "\n",
                "global",
                "    maxconn 500",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 60s",
                "    timeout server 60s",
                // One request per connection to a server, so that every request is balanced anew.
                "    option http-server-close",
                // A server that refuses the connection (it just died) is not an error for the
                // visitor: the request goes to the other one.
                "    retries 2",
                "    option redispatch",
                "frontend portal",
                "    bind 127.0.0.1:" + BALANCER_PORT + " ssl crt " + pem,
                "    http-request set-header X-Forwarded-Proto https",
                "    option forwardfor",
                "    default_backend servers",
                "backend servers",
                "    balance roundrobin",
                "    option httpchk GET /health/ready",
                "    default-server inter 1s fall 2 rise 2",
                ""));
        for (Server server : servers) {
            config.append("    server ")
                    .append(server.name())
                    .append(" 127.0.0.1:")
                    .append(server.httpPort())
                    .append(" check\n");
        }
        config.append(String.join(
                "\n",
                "frontend stats",
                "    bind 127.0.0.1:" + STATS_PORT,
                "    stats enable",
                "    stats uri /stats",
                ""));
        Path file = WORK.resolve("haproxy.cfg");
        Files.writeString(file, config.toString());
        Processes.run("haproxy", "-c", "-f", file.toString());
        balancer = new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("haproxy.log").toFile())
                .start();
        if (!Processes.awaitPort(BALANCER_PORT, true, Duration.ofSeconds(20))) {
            throw new IllegalStateException("HAProxy did not start: " + Files.readString(WORK.resolve("haproxy.log")));
        }
    }

    /** Requests the balancer has sent to each server so far, from its statistics. */
    public Map<String, Long> requestsPerServer() {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, String> row : statistics()) {
            if (row.get("pxname").equals("servers") && row.get("svname").startsWith("portal")) {
                counts.put(row.get("svname"), Long.parseLong(row.get("stot")));
            }
        }
        return counts;
    }

    /** Answers with a status of 500 or more that the servers gave (or the balancer, for want of a server). */
    public long serverErrors() {
        long errors = 0;
        for (Map<String, String> row : statistics()) {
            if (row.get("pxname").equals("portal") && row.get("svname").equals("FRONTEND")) {
                errors += Long.parseLong(row.get("hrsp_5xx"));
            }
        }
        return errors;
    }

    private List<Map<String, String>> statistics() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + STATS_PORT + "/stats;csv"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            List<String> lines = r.body().lines().toList();
            String[] header = lines.get(0).substring(2).split(",", -1);
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < Math.min(header.length, cells.length); i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One value the portal's database gives for a query (a test's look at what was stored). */
    public Object databaseValue(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(adminUrl(database), "root", "");
                java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet r = p.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement on the portal's database; the id it generated, if any. */
    public long databaseInsert(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(adminUrl(database), "root", "");
                java.sql.PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.executeUpdate();
            try (java.sql.ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest session in the session store, in bytes as stored. */
    public long largestStoredSession() {
        try (Connection c = DriverManager.getConnection(adminUrl(database + "_sessions"), "root", "");
                Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery(
                        "SELECT COALESCE(MAX(COALESCE(LENGTH(small), 0) + COALESCE(LENGTH(medium), 0)"
                                + " + COALESCE(LENGTH(large), 0)), 0) FROM http_session WHERE id NOT LIKE 'default_host%'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything a server has logged since it was made, over its restarts. */
    public String log(Server server) {
        Path logs = WLP.resolve("usr/servers").resolve(server.name()).resolve("logs");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("messages"))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.destroy();
        }
        for (Server server : servers) {
            try {
                Processes.run(WLP.resolve("bin/server").toString(), "stop", server.name());
            } catch (IllegalStateException e) {
                // Already gone (killed by the test).
            }
            kill(server);
        }
    }

    /** Deletes a directory and everything in it, if it is there. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
