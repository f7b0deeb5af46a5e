package nl.provalue.privacy.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.infrastructure.mail.OutboxSteps.ClaimedMail;

/**
 * Sends what the outbox holds: every {@code PORTAL_MAIL_INTERVAL_SECONDS} (JNDI
 * {@value #INTERVAL_JNDI_NAME}, 5 by default, 0 to switch sending off) the due mails, one at a
 * time. Each is first claimed for {@link #CLAIM} with a conditional update, so that of several
 * servers sharing the database only one sends it; then sent; then recorded as sent, or as failed
 * with its next attempt backed off (see {@link OutgoingMail}).
 * <p>
 * Without a mail session (the local quick start) mails are still written to the outbox and wait
 * there; that is logged once, not at every tick.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    static final String INTERVAL_JNDI_NAME = "portal/mailIntervalSeconds";
    static final long DEFAULT_INTERVAL_SECONDS = 5;
    /**
     * How long a server may take over one mail before another may take it over. Far longer than
     * one SMTP conversation with the time-outs of the mail session; short enough that a mail whose
     * server stopped mid-way goes out soon after all.
     */
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** Mails looked at per tick; the rest wait a few seconds for the next one. */
    static final int BATCH = 50;

    private enum MailServer {
        UNKNOWN,
        CONFIGURED,
        NOT_CONFIGURED
    }

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSteps steps;

    @Inject
    MailSessionLookup sessions;

    @Inject
    Clock clock;

    /** This server's name in {@code claimed_by}: unique per start even where node names are cut. */
    final String holder = holderName();

    private volatile MailServer mailServer = MailServer.UNKNOWN;
    private volatile boolean failing;
    private volatile boolean stopping;
    private ScheduledFuture<?> future;

    /** Called once the schema is in place. */
    public void start() {
        long seconds = intervalSeconds();
        if (seconds <= 0) {
            LOG.info("Mail sending switched off (PORTAL_MAIL_INTERVAL_SECONDS=0): mails wait in the outbox");
            return;
        }
        future = executor.scheduleWithFixedDelay(this::dispatchDue, seconds, seconds, TimeUnit.SECONDS);
        LOG.info("The mail outbox is sent every " + seconds + " seconds");
    }

    /** One tick: never throws, so the schedule keeps running whatever happens. */
    void dispatchDue() {
        try {
            Optional<SmtpTransport> transport = sessions.transport();
            noteMailServer(transport.isPresent());
            if (transport.isPresent()) {
                sendDue(transport.get());
            }
            if (failing) {
                failing = false;
                LOG.info("The mail outbox is reachable again");
            }
        } catch (RuntimeException e) {
            // A database away for a while would otherwise fill the log with one trace every few seconds.
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Sending the mail outbox failed; trying again every tick", e);
            } else {
                LOG.log(Level.FINE, "Sending the mail outbox failed again", e);
            }
        }
    }

    private void sendDue(SmtpTransport transport) {
        List<Long> due = steps.due(clock.instant(), BATCH);
        for (long id : due) {
            if (stopping || Thread.currentThread().isInterrupted()) {
                return;
            }
            Instant now = clock.instant();
            Optional<ClaimedMail> claimed = steps.claim(id, holder, now, now.plus(CLAIM));
            if (claimed.isPresent() && !send(transport, claimed.get())) {
                // The next mails would most likely fail the same way (server away, login refused):
                // they keep their turn for the next tick instead of each using up an attempt now.
                return;
            }
        }
    }

    private boolean send(SmtpTransport transport, ClaimedMail mail) {
        try {
            transport.send(mail.recipient(), mail.subject(), mail.body());
        } catch (MessagingException | RuntimeException e) {
            steps.failed(mail.id(), holder, e.toString(), clock.instant())
                    .ifPresent(failed -> logFailure(mail, failed));
            return false;
        }
        steps.sent(mail.id(), clock.instant());
        return true;
    }

    private static void logFailure(ClaimedMail mail, OutgoingMail recorded) {
        // The mail's id, not its recipient, whom servers like to name in their errors: server logs
        // are copied and read far more widely than the outbox table.
        String error = recorded.lastError().replace(mail.recipient(), "<recipient>");
        if (recorded.isGivenUp()) {
            LOG.warning("Mail " + mail.id() + " given up after " + recorded.attempts() + " attempts: " + error);
        } else {
            LOG.warning("Mail " + mail.id() + " not sent (attempt " + recorded.attempts() + " of "
                    + OutgoingMail.MAX_ATTEMPTS + "), next at " + recorded.nextAttemptAt() + ": " + error);
        }
    }

    private void noteMailServer(boolean configured) {
        MailServer now = configured ? MailServer.CONFIGURED : MailServer.NOT_CONFIGURED;
        if (mailServer == now) {
            return;
        }
        mailServer = now;
        if (configured) {
            LOG.info("Sending mail through the mail session " + MailSessionLookup.JNDI_NAME);
        } else {
            LOG.info("Mail is not configured (no mail session with a host at " + MailSessionLookup.JNDI_NAME
                    + ", PORTAL_SMTP_HOST): mails wait in the outbox until it is");
        }
    }

    private static long intervalSeconds() {
        Object setting;
        try {
            setting = new InitialContext().lookup(INTERVAL_JNDI_NAME);
        } catch (NamingException notSet) {
            return DEFAULT_INTERVAL_SECONDS;
        }
        // 0 switches sending off; a password link waiting longer than an hour would be no use.
        return nl.provalue.privacy.infrastructure.config.WholeNumbers.parse(
                "PORTAL_MAIL_INTERVAL_SECONDS", setting, DEFAULT_INTERVAL_SECONDS, 0, 3600);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String holderName() {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String node = NodeIdentity.id();
        // claimed_by holds 100 characters: 87 of the node's name, '#', 12 random hex digits.
        return (node.length() <= 87 ? node : node.substring(0, 87)) + "#"
                + HexFormat.of().formatHex(random);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (future != null) {
            future.cancel(true);
        }
    }
}
