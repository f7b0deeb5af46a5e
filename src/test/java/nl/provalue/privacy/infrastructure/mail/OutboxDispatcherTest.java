package nl.provalue.privacy.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.infrastructure.mail.OutboxSteps.ClaimedMail;
import nl.provalue.privacy.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One tick of the dispatcher, with the outbox and the mail server replaced by recorders. */
class OutboxDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Steps steps = new Steps();
    private final List<String> sentTo = new ArrayList<>();
    private LogCapture capture;
    private List<LogRecord> log;
    private Optional<SmtpTransport> transport = Optional.empty();
    private String refuse;

    private OutboxDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        capture = LogCapture.of(OutboxDispatcher.class);
        log = capture.records();
        dispatcher = new OutboxDispatcher();
        dispatcher.steps = steps;
        dispatcher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dispatcher.sessions = new MailSessionLookup() {
            @Override
            public Optional<SmtpTransport> transport() {
                return transport;
            }
        };
    }

    @AfterEach
    void tearDown() {
        capture.close();
    }

    private void mailServer() {
        transport = Optional.of(new SmtpTransport(Session.getInstance(new Properties())) {
            @Override
            public void send(String recipient, String subject, String body) throws MessagingException {
                if (recipient.equals(refuse)) {
                    throw new MessagingException("550 5.1.1 " + recipient + ": mailbox unavailable");
                }
                sentTo.add(recipient);
            }
        });
    }

    @Test
    void withoutAMailServerMailsWaitAndThatIsSaidOnce() {
        steps.waiting(1, "jan@example.nl");

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(0, steps.dueAsked);
        assertTrue(steps.claims.isEmpty());
        assertEquals(1, log.size(), "logged: " + messages());
        assertEquals(Level.INFO, log.get(0).getLevel());
        assertTrue(
                log.get(0).getMessage().contains("not configured"), log.get(0).getMessage());
    }

    @Test
    void dueMailsAreClaimedSentAndRecorded() {
        mailServer();
        steps.waiting(1, "jan@example.nl");
        steps.waiting(2, "piet@example.nl");

        dispatcher.dispatchDue();

        assertEquals(List.of("jan@example.nl", "piet@example.nl"), sentTo);
        assertEquals(List.of(1L, 2L), steps.sent);
        assertTrue(steps.claims.stream().allMatch(holder -> holder.equals(dispatcher.holder)));
        assertTrue(dispatcher.holder.length() <= 100);
        assertEquals(NOW.plus(OutboxDispatcher.CLAIM), steps.claimedUntil);
    }

    @Test
    void aMailAnotherServerClaimedIsLeftToIt() {
        mailServer();
        steps.waiting(1, "jan@example.nl");
        steps.waiting(2, "piet@example.nl");
        steps.claimedElsewhere.add(1L);

        dispatcher.dispatchDue();

        assertEquals(List.of("piet@example.nl"), sentTo);
        assertEquals(List.of(2L), steps.sent);
    }

    @Test
    void aFailureIsRecordedAndTheRestWaitForTheNextTick() {
        mailServer();
        refuse = "jan@example.nl";
        steps.waiting(1, "jan@example.nl");
        steps.waiting(2, "piet@example.nl");

        dispatcher.dispatchDue();

        assertEquals(List.of(), sentTo);
        assertEquals(List.of(), steps.sent);
        assertEquals(1, steps.failures.size());
        assertTrue(steps.failures.get(1L).contains("550 5.1.1"), steps.failures.get(1L));
        String logged = messages().stream()
                .filter(m -> m.startsWith("Mail 1 not sent (attempt 1 of 10)"))
                .findFirst()
                .orElseThrow();
        assertTrue(logged.endsWith("550 5.1.1 <recipient>: mailbox unavailable"), logged);
    }

    @Test
    void aDatabaseThatIsAwayIsReportedOnceNotEveryTick() {
        mailServer();
        steps.broken = true;

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        steps.broken = false;
        dispatcher.dispatchDue();

        List<LogRecord> warnings =
                log.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), messages().toString());
        assertTrue(
                messages().stream().anyMatch(m -> m.contains("reachable again")),
                messages().toString());
    }

    private List<String> messages() {
        return log.stream().map(LogRecord::getMessage).toList();
    }

    /** The outbox's transactions, recorded. */
    private static final class Steps extends OutboxSteps {
        final Map<Long, String> waiting = new LinkedHashMap<>();
        final List<Long> claimedElsewhere = new ArrayList<>();
        final List<String> claims = new ArrayList<>();
        final List<Long> sent = new ArrayList<>();
        final Map<Long, String> failures = new LinkedHashMap<>();
        Instant claimedUntil;
        int dueAsked;
        boolean broken;

        void waiting(long id, String recipient) {
            waiting.put(id, recipient);
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            dueAsked++;
            if (broken) {
                throw new IllegalStateException("Connection refused");
            }
            return List.copyOf(waiting.keySet());
        }

        @Override
        public Optional<ClaimedMail> claim(long id, String holder, Instant now, Instant until) {
            if (claimedElsewhere.contains(id)) {
                return Optional.empty();
            }
            claims.add(holder);
            claimedUntil = until;
            return Optional.of(new ClaimedMail(id, waiting.get(id), "Onderwerp", "Tekst", 0));
        }

        @Override
        public void sent(long id, Instant at) {
            sent.add(id);
        }

        @Override
        public Optional<OutgoingMail> failed(long id, String holder, String error, Instant at) {
            failures.put(id, error);
            OutgoingMail mail = new OutgoingMail(waiting.get(id), "Onderwerp", "Tekst", NOW);
            mail.markFailed(error, at);
            return Optional.of(mail);
        }
    }
}
