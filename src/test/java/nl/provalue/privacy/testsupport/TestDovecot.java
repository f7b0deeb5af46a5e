package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Dovecot of the tests' own (Debian's dovecot-imapd, -pop3d and -lmtpd): its own configuration,
 * ports and directories under a temporary folder, users from a passwd-file, Maildirs owned by the
 * system user {@code mail}, and the doveadm HTTP API the portal talks to. Started and stopped by
 * the tests that need it; never the system's service.
 */
public final class TestDovecot implements AutoCloseable {

    public static final String PASSWORD = "Welkom-Mail-2026";

    private final Path root;
    private final Path config;
    private boolean running;

    private TestDovecot(Path root) {
        this.root = root;
        this.config = root.resolve("dovecot.conf");
    }

    public static int doveadmPort() {
        return Integer.getInteger("it.doveadm.port", 9580);
    }

    public static int lmtpPort() {
        return Integer.getInteger("it.lmtp.port", 9524);
    }

    public static int pop3Port() {
        return Integer.getInteger("it.pop3.port", 9510);
    }

    public static int imapPort() {
        return Integer.getInteger("it.imap.port", 9514);
    }

    public static String apiKey() {
        return System.getProperty("it.doveadm.key", "portal-test-key");
    }

    public static String apiUrl() {
        return "http://127.0.0.1:" + doveadmPort() + "/doveadm/v1";
    }

    /** Configures and starts a Dovecot that knows exactly these mailboxes. */
    public static TestDovecot start(List<String> mailboxes) {
        try {
            Path root = Files.createTempDirectory("dovecot-it");
            // Dovecot's own users (dovecot, mail) must reach into it.
            Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            TestDovecot dovecot = new TestDovecot(root);
            dovecot.configure(mailboxes);
            dovecot.startAgain();
            return dovecot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void configure(List<String> mailboxes) throws IOException {
        Files.createDirectories(root.resolve("run"));
        Files.createDirectories(root.resolve("state"));
        Files.createDirectories(root.resolve("mail"));
        Processes.run("chown", "mail:mail", root.resolve("mail").toString());
        StringBuilder users = new StringBuilder();
        for (String mailbox : mailboxes) {
            users.append(mailbox).append(":{PLAIN}").append(PASSWORD).append("::::::\n");
        }
        Files.writeString(root.resolve("users"), users);
        String r = root.toString();
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "base_dir = " + r + "/run",
                        "state_dir = " + r + "/state",
                        "instance_name = portal-it-" + doveadmPort(),
                        "protocols = imap pop3 lmtp",
                        "listen = 127.0.0.1",
                        "log_path = " + r + "/dovecot.log",
                        "ssl = no",
                        "disable_plaintext_auth = no",
                        "auth_mechanisms = plain",
                        "mail_location = maildir:" + r + "/mail/%d/%n",
                        "mail_uid = mail",
                        "mail_gid = mail",
                        "first_valid_uid = 8",
                        "default_internal_user = dovecot",
                        "default_internal_group = dovecot",
                        "default_login_user = dovenull",
                        "doveadm_api_key = " + apiKey(),
                        "passdb {",
                        "  driver = passwd-file",
                        "  args = scheme=PLAIN username_format=%u " + r + "/users",
                        "}",
                        "userdb {",
                        "  driver = passwd-file",
                        "  args = username_format=%u " + r + "/users",
                        "  default_fields = uid=mail gid=mail home=" + r + "/mail/%d/%n",
                        "}",
                        "service imap-login {",
                        "  inet_listener imap {",
                        "    port = " + imapPort(),
                        "  }",
                        "  inet_listener imaps {",
                        "    port = 0",
                        "  }",
                        "}",
                        "service pop3-login {",
                        "  inet_listener pop3 {",
                        "    port = " + pop3Port(),
                        "  }",
                        "  inet_listener pop3s {",
                        "    port = 0",
                        "  }",
                        "}",
                        "service lmtp {",
                        "  inet_listener lmtp {",
                        "    address = 127.0.0.1",
                        "    port = " + lmtpPort(),
                        "  }",
                        "}",
                        "service doveadm {",
                        "  inet_listener http {",
                        "    port = " + doveadmPort(),
                        "  }",
                        "}",
                        ""));
    }

    /** Starts (again, after {@link #stop()}) and waits until the doveadm API answers. */
    public void startAgain() {
        Processes.run("dovecot", "-c", config.toString());
        running = true;
        if (!Processes.awaitPort(doveadmPort(), true, Duration.ofSeconds(20))) {
            throw new IllegalStateException("Dovecot did not start; see " + root.resolve("dovecot.log"));
        }
    }

    /** Stops the server and waits until its ports are closed. */
    public void stop() {
        if (!running) {
            return;
        }
        Processes.run("doveadm", "-c", config.toString(), "stop");
        running = false;
        if (!Processes.awaitPort(doveadmPort(), false, Duration.ofSeconds(20))) {
            throw new IllegalStateException("Dovecot did not stop");
        }
    }

    /** Delivers a message as the local delivery agent does, received {@code daysAgo} days ago. */
    public void deliver(String mailbox, String subject, int daysAgo) {
        String message = "From: afzender@example.org\r\nTo: " + mailbox + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + System.nanoTime() + "@example.org>\r\n\r\nTekst van " + subject + "\r\n";
        List<Path> before = files(mailbox);
        Processes.runWithInput(message, "/usr/lib/dovecot/dovecot-lda", "-c", config.toString(), "-d", mailbox);
        List<Path> added =
                files(mailbox).stream().filter(f -> !before.contains(f)).toList();
        if (added.size() != 1) {
            throw new IllegalStateException("Not delivered to " + mailbox + ": " + added);
        }
        Path delivered = added.get(0);
        if (daysAgo > 0) {
            try {
                // Dovecot takes a Maildir message's received date from the file's modification time.
                Files.setLastModifiedTime(delivered, FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Path> files(String mailbox) {
        String[] parts = mailbox.split("@");
        Path box = root.resolve("mail").resolve(parts[1]).resolve(parts[0]);
        try (Stream<Path> files = Stream.concat(list(box.resolve("new")), list(box.resolve("cur")))) {
            return files.toList();
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).toList().stream() : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Maildir of a mailbox (made by the first delivery, or by a test that writes messages itself). */
    public Path maildir(String mailbox) {
        String[] parts = mailbox.split("@");
        return root.resolve("mail").resolve(parts[1]).resolve(parts[0]);
    }

    /** Hands every Maildir to the mail user after a test wrote messages into them itself. */
    public void ownMaildirs() {
        Processes.run("chown", "-R", "mail:mail", root.resolve("mail").toString());
    }

    public Path log() {
        return root.resolve("dovecot.log");
    }

    @Override
    public void close() {
        stop();
    }
}
