package nl.provalue.privacy.infrastructure.mailstore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SortedSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.domain.mail.Expunge;
import nl.provalue.privacy.domain.mail.MailStore;
import nl.provalue.privacy.domain.mail.StoredMail;

/**
 * The mail server as Dovecot's doveadm HTTP API (Dovecot 2.3: {@code POST /doveadm/v1} with
 * {@code Authorization: X-Dovecot-API <base64 key>}). Configured by {@code PORTAL_MAIL_SERVER_URL},
 * {@code PORTAL_MAIL_SERVER_API_KEY} and {@code PORTAL_MAIL_SERVER_TIMEOUT_MS}; without a URL the
 * portal has no mail server and shows its embedded demo figures.
 *
 * <p>Reading what a mailbox holds waits at most the configured timeout (a second by default), so
 * a page never hangs on the mail server; removing messages may take longer and waits
 * {@link #APPLY_TIMEOUT}. Every request is built by {@link DoveadmCommand} (P12: metadata only).
 */
@ApplicationScoped
public class DoveadmMailStore implements MailStore {

    private static final Logger LOG = Logger.getLogger(DoveadmMailStore.class.getName());
    /** Removing the messages of a large mailbox takes longer than reading its figures. */
    static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);
    /** doveadm's exit code when the user does not exist (sysexits EX_NOUSER). */
    static final int EXIT_NO_USER = 67;

    @Resource(lookup = "portal/mailServerUrl")
    String url;

    @Resource(lookup = "portal/mailServerApiKey")
    String apiKey;

    @Resource(lookup = "portal/mailServerTimeoutMillis")
    Integer timeoutMillis;

    private HttpClient http;
    private Duration readTimeout;

    public DoveadmMailStore() {}

    /** A store for the given server, outside the container (tests, benchmarks). */
    public DoveadmMailStore(String url, String apiKey, Duration readTimeout) {
        this.url = url;
        this.apiKey = apiKey;
        this.timeoutMillis = (int) readTimeout.toMillis();
        init();
    }

    @PostConstruct
    void init() {
        readTimeout = Duration.ofMillis(timeoutMillis == null || timeoutMillis < 1 ? 1000 : timeoutMillis);
        http = HttpClient.newBuilder()
                .connectTimeout(readTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public boolean connected() {
        return url != null && !url.isBlank();
    }

    @Override
    public StoredMail status(String mailbox) {
        List<JsonArray> answers = send(
                List.of(DoveadmCommand.inboxStatus(mailbox), DoveadmCommand.receivedDates(mailbox)),
                readTimeout,
                mailbox);
        JsonArray status = answers.get(0);
        int messages =
                status.isEmpty() ? 0 : Integer.parseInt(status.getJsonObject(0).getString("messages"));
        long bytes =
                status.isEmpty() ? 0 : Long.parseLong(status.getJsonObject(0).getString("vsize"));
        Instant oldest = null;
        for (JsonValue row : answers.get(1)) {
            Instant received =
                    Instant.ofEpochSecond(Long.parseLong(row.asJsonObject().getString("date.received.unixtime")));
            if (oldest == null || received.isBefore(oldest)) {
                oldest = received;
            }
        }
        return new StoredMail(messages, bytes, oldest);
    }

    @Override
    public int expunge(String mailbox, Expunge expunge) {
        if (!expunge.removesAnything()) {
            return 0;
        }
        // Found first, then removed by uid: the count is exactly what this removed.
        SortedSet<Long> due =
                DoveadmCommand.uids(send(List.of(DoveadmCommand.searchDue(mailbox, expunge)), APPLY_TIMEOUT, mailbox)
                        .get(0));
        if (due.isEmpty()) {
            return 0;
        }
        send(List.of(DoveadmCommand.expungeUids(mailbox, due)), APPLY_TIMEOUT, mailbox);
        return due.size();
    }

    private List<JsonArray> send(List<DoveadmCommand> commands, Duration timeout, String mailbox) {
        if (!connected()) {
            throw new MailStoreUnavailable("No mail server configured", null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header(
                        "Authorization",
                        "X-Dovecot-API "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (apiKey == null ? "" : apiKey).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        DoveadmCommand.request(commands).toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MailStoreUnavailable("The mail server did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailStoreUnavailable("Interrupted while waiting for the mail server", e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            LOG.severe("The mail server refused the API key (HTTP " + response.statusCode()
                    + "): check PORTAL_MAIL_SERVER_API_KEY");
            throw new MailStoreUnavailable("The mail server refused the API key", null);
        }
        if (response.statusCode() != 200) {
            throw new MailStoreUnavailable("The mail server answered HTTP " + response.statusCode(), null);
        }
        return answers(response.body(), commands.size(), mailbox);
    }

    /** The answer of each command, in order; a command's error is the mailbox's or the server's fault. */
    static List<JsonArray> answers(String body, int expected, String mailbox) {
        JsonArray all;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            all = reader.readArray();
        } catch (JsonException | ClassCastException e) {
            throw new MailStoreUnavailable("The mail server's answer is not the JSON expected", e);
        }
        if (all.size() != expected) {
            throw new MailStoreUnavailable(
                    "The mail server answered " + all.size() + " of " + expected + " commands", null);
        }
        List<JsonArray> answers = new ArrayList<>();
        for (JsonValue value : all) {
            JsonArray answer = value.asJsonArray();
            String type = answer.getString(0);
            if ("error".equals(type)) {
                int exit = answer.getJsonObject(1).getInt("exitCode", -1);
                if (exit == EXIT_NO_USER) {
                    throw new UnknownMailbox(mailbox);
                }
                LOG.log(Level.WARNING, "doveadm error for {0}: {1}", new Object[] {mailbox, answer.get(1)});
                throw new MailStoreUnavailable(
                        "The mail server could not carry out the command (exit code " + exit + ")", null);
            }
            answers.add(answer.getJsonArray(1));
        }
        return answers;
    }
}
