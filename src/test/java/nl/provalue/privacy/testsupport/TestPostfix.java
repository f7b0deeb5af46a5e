package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Postfix of the tests' own (Debian's postfix 3.7): its own configuration directory, queue and
 * SMTP port, writing its log to its own file without syslog ({@code maillog_file}, which must lie
 * under /var). Mail for {@code domain} goes over LMTP to the tests' Dovecot; mail for
 * {@code unreachableDomain} goes to a relay that does not listen, so it is deferred. Its log is the
 * file the test server's portal follows, so what Postfix logs reaches the portal as in production.
 * Started and stopped by the tests; never the system's service.
 */
public final class TestPostfix implements AutoCloseable {

    private final Path config;
    private final Path log;
    private boolean running;

    private TestPostfix(Path config, Path log) {
        this.config = config;
        this.log = log;
    }

    public static int smtpPort() {
        return Integer.getInteger("it.postfix.smtp.port", 9526);
    }

    /** The log file this instance writes. */
    public Path log() {
        return log;
    }

    public static TestPostfix start(String domain, String unreachableDomain) {
        try {
            Path root = Files.createTempDirectory("postfix-it");
            // Postfix's own user must reach its queue and data directories.
            Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Path data = Files.createDirectories(root.resolve("data"));
            Files.createDirectories(root.resolve("queue"));
            Processes.run("chown", "postfix", data.toString());
            // The log the portal follows (PORTAL_MAIL_LOG_FILE of the test server), else one of its own.
            String followed = System.getProperty("it.mail.log.file");
            Path log =
                    followed == null ? Path.of("/var/log/postfix-portal-it-" + smtpPort() + ".log") : Path.of(followed);
            Files.createDirectories(log.getParent());
            String master = Files.readString(Path.of("/etc/postfix/master.cf"), StandardCharsets.UTF_8)
                    // Our own port on the loopback instead of port 25, and no chroot (its own queue).
                    .replaceFirst("(?m)^smtp\\s+inet\\s.*$", "127.0.0.1:" + smtpPort() + " inet n - n - - smtpd")
                    .replaceAll("(?m)^(\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+)y(\\s)", "$1n$2");
            Files.writeString(root.resolve("master.cf"), master);
            Files.writeString(
                    root.resolve("main.cf"),
                    String.join(
                            "\n",
                            "compatibility_level = 3.6",
                            "queue_directory = " + root.resolve("queue"),
                            "data_directory = " + data,
                            "command_directory = /usr/sbin",
                            "daemon_directory = /usr/lib/postfix/sbin",
                            "mail_owner = postfix",
                            "setgid_group = postdrop",
                            "myhostname = mail.portal-test.local",
                            "mydomain = portal-test.local",
                            "myorigin = $myhostname",
                            "inet_interfaces = 127.0.0.1",
                            "inet_protocols = ipv4",
                            "mydestination =",
                            "mynetworks = 127.0.0.0/8",
                            "maillog_file = " + log,
                            // Postfix writes its log only below these folders.
                            "maillog_file_prefixes = /var, " + log.getParent(),
                            "smtp_dns_support_level = disabled",
                            "disable_dns_lookups = yes",
                            "virtual_mailbox_domains = " + domain,
                            "virtual_transport = lmtp:inet:127.0.0.1:" + TestDovecot.lmtpPort(),
                            // Unknown users are refused by Dovecot, so Postfix bounces them (as in production with
                            // LMTP).
                            "smtpd_reject_unlisted_recipient = no",
                            "transport_maps = inline:{ " + unreachableDomain + "=smtp:[127.0.0.1]:9 }",
                            "relay_domains = " + unreachableDomain,
                            "alias_maps =",
                            "alias_database =",
                            "biff = no",
                            ""));
            Processes.run("postfix", "-c", root.toString(), "check");
            TestPostfix postfix = new TestPostfix(root, log);
            Processes.run("postfix", "-c", root.toString(), "start");
            postfix.running = true;
            if (!Processes.awaitPort(smtpPort(), true, Duration.ofSeconds(20))) {
                throw new IllegalStateException("Postfix did not start; see " + log);
            }
            return postfix;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log holds a delivery status for each recipient; returns the status of each. */
    public List<String> awaitStatuses(List<String> recipients, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            String text = logText();
            List<String> statuses = recipients.stream()
                    .map(r -> {
                        Matcher m = Pattern.compile("to=<" + Pattern.quote(r) + ">.*?status=(\\w+)")
                                .matcher(text);
                        return m.find() ? m.group(1) : null;
                    })
                    .toList();
            if (!statuses.contains(null) || Instant.now().isAfter(deadline)) {
                return statuses;
            }
            Processes.sleep(250);
        }
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (running) {
            Processes.run("postfix", "-c", config.toString(), "stop");
            running = false;
        }
    }
}
