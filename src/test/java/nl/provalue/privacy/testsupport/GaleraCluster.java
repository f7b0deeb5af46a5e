package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A MariaDB Galera cluster of three nodes on this machine, as a provider runs the portal's
 * database: Debian's MariaDB 10.11 with Debian's {@code galera-4}, each node with its own data
 * directory (under {@code /tmp/portal-galera-it}), its own client port (3311 to 3313) and its own
 * replication ports, made afresh and stopped again. New nodes receive the data of the first by
 * rsync, which is why the nodes run as the {@code mysql} user (the rsync daemon does not run as
 * root).
 */
public final class GaleraCluster implements AutoCloseable {

    /**
     * Outside the checkout: the nodes run as {@code mysql}, which must reach their directories,
     * and a checkout may lie in a directory only root can enter.
     */
    private static final Path WORK = Path.of("/tmp/portal-galera-it");

    private static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";

    private final List<Node> nodes =
            IntStream.rangeClosed(1, 3).mapToObj(Node::new).toList();
    private final List<Process> processes = new ArrayList<>();

    /** One node: its number, client port and group-communication port (the next two: state transfers). */
    public record Node(int number) {
        public int port() {
            return 3310 + number;
        }

        int groupPort() {
            return 4557 + 10 * number;
        }

        String name() {
            return "node" + number;
        }

        public String jdbcUrl() {
            return "jdbc:mariadb://127.0.0.1:" + port() + "/";
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    /**
     * The address a portal server is given: every node, starting with {@code first}, tried in that
     * order (the next when one cannot be reached).
     */
    public String url(Node first, String database) {
        int from = nodes.indexOf(first);
        String hosts = IntStream.range(0, nodes.size())
                .mapToObj(i -> nodes.get((from + i) % nodes.size()))
                .map(n -> "127.0.0.1:" + n.port())
                .collect(Collectors.joining(","));
        return "jdbc:mariadb:sequential://" + hosts + "/" + database;
    }

    /** Makes the three data directories and starts the nodes one after the other, the first founding the cluster. */
    public void start() {
        try {
            for (Node node : nodes) {
                // A node an earlier run left behind (its test process was killed) goes first.
                Path pid = WORK.resolve(node.name()).resolve("mariadb.pid");
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                            .ifPresent(ProcessHandle::destroyForcibly);
                    Processes.awaitPort(node.port(), false, Duration.ofSeconds(30));
                }
            }
            PortalCluster.deleteTree(WORK);
            Files.createDirectories(WORK);
            Files.setPosixFilePermissions(WORK, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            for (Node node : nodes) {
                Path dir = WORK.resolve(node.name());
                Files.createDirectories(dir.resolve("data"));
                Processes.run("chmod", "-R", "755", dir.toString());
                Processes.run("chown", "-R", "mysql:mysql", dir.toString());
                Processes.run(
                        "mariadb-install-db",
                        "--no-defaults",
                        "--datadir=" + dir.resolve("data"),
                        "--user=mysql",
                        "--auth-root-authentication-method=normal");
            }
            for (Node node : nodes) {
                start(node, node.number() == 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(Node node, boolean founder) throws IOException {
        Path dir = WORK.resolve(node.name());
        String members = nodes.stream().map(n -> "127.0.0.1:" + n.groupPort()).collect(Collectors.joining(","));
        List<String> command = List.of(
                "mariadbd",
                "--no-defaults",
                "--user=mysql",
                "--datadir=" + dir.resolve("data"),
                "--port=" + node.port(),
                "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"),
                "--bind-address=127.0.0.1",
                "--log-error=" + dir.resolve("error.log"),
                // What Galera needs: row-based replication, InnoDB only, interleaved auto-increment locks.
                "--binlog-format=ROW",
                "--default-storage-engine=InnoDB",
                "--innodb-autoinc-lock-mode=2",
                "--innodb-buffer-pool-size=128M",
                "--wsrep-on=ON",
                "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=portal",
                "--wsrep-cluster-address=gcomm://" + (founder ? "" : members),
                "--wsrep-node-name=" + node.name(),
                "--wsrep-node-address=127.0.0.1:" + node.groupPort(),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + node.groupPort()
                        + ";ist.recv_addr=127.0.0.1:" + (node.groupPort() + 1) + ";gcache.size=64M",
                "--wsrep-sst-method=rsync",
                "--wsrep-sst-receive-address=127.0.0.1:" + (node.groupPort() + 2));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile())
                .start();
        synchronized (processes) {
            processes.add(process);
        }
        awaitSynced(node, Duration.ofMinutes(2), dir);
    }

    private static void awaitSynced(Node node, Duration timeout, Path dir) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if ("Synced".equals(status(node, "wsrep_local_state_comment"))) {
                return;
            }
            Processes.sleep(500);
        }
        Path log = dir.resolve("error.log");
        throw new IllegalStateException(node.name() + " did not join the cluster within " + timeout + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    /** A status variable of a node, or null when it does not answer. */
    public static String status(Node node, String variable) {
        try (Connection c = DriverManager.getConnection(node.jdbcUrl() + "?connectTimeout=1000", "root", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW STATUS LIKE '" + variable + "'")) {
            return r.next() ? r.getString(2) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The node's process ends at once, as in a crash or a power cut. */
    public void kill(Node node) {
        String pidFile = WORK.resolve(node.name()).resolve("mariadb.pid").toString();
        try {
            long pid = Long.parseLong(Files.readString(Path.of(pidFile)).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Processes.awaitPort(node.port(), false, Duration.ofSeconds(30))) {
            throw new IllegalStateException(node.name() + " still listens after kill -9");
        }
    }

    @Override
    public void close() {
        synchronized (processes) {
            processes.forEach(Process::destroy);
            for (Process p : processes) {
                try {
                    if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    p.destroyForcibly();
                }
            }
        }
        try {
            PortalCluster.deleteTree(WORK);
        } catch (IOException e) {
            // Left for the next run, which deletes it first.
        }
    }
}
