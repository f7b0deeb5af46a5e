package nl.provalue.privacy.infrastructure.importing.follow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.importing.ImportLauncher;
import nl.provalue.privacy.application.importing.ImportRecords;
import nl.provalue.privacy.domain.importing.ImportKind;

/**
 * P4: checks the followed Postfix log every {@code PORTAL_MAIL_LOG_POLL_SECONDS} (30 unless set)
 * and starts the import of what it handed over once that is committed. Every server may run it:
 * the followed file's record is locked for each poll.
 */
@ApplicationScoped
public class MailLogFollowScheduler {

    private static final Logger LOG = Logger.getLogger(MailLogFollowScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    MailLogFollower follower;

    @Inject
    ImportLauncher launcher;

    @Inject
    ImportRecords records;

    private ScheduledFuture<?> future;

    /** Called once the schema is in place. */
    public void start() {
        if (follower.file().isEmpty()) {
            LOG.info("No live mail log followed (PORTAL_MAIL_LOG_FILE is empty)");
            return;
        }
        long seconds = follower.pollSeconds();
        future = executor.scheduleWithFixedDelay(this::poll, seconds, seconds, TimeUnit.SECONDS);
        LOG.info("Following the mail log " + follower.file().get() + " every " + seconds + " seconds");
    }

    private void poll() {
        try {
            follower.poll().ifPresent(this::launch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the followed mail log failed; trying again next time", e);
        }
    }

    private void launch(long importId) {
        try {
            launcher.start(importId, ImportKind.POSTFIX);
        } catch (RuntimeException e) {
            // Recorded as failed: staff resume it from the screen, and the next piece goes on.
            records.failedToStart(importId, "The import could not be started: " + e.getMessage());
            LOG.log(Level.WARNING, "Import " + importId + " of the followed mail log could not be started", e);
        }
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(true);
        }
    }
}
