package nl.provalue.privacy.infrastructure.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.retention.RetentionService;

/**
 * Runs every retention rule on a fixed delay ({@code PORTAL_RETENTION_INTERVAL_MINUTES}, 15 by
 * default, 0 to switch the schedule off). Every server may run the schedule: the rules' leases
 * make sure each rule is worked on by one at a time.
 */
@ApplicationScoped
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "portal/retentionIntervalMinutes")
    Object intervalSetting;

    @Inject
    RetentionService retention;

    private ScheduledFuture<?> future;

    /** Called once the schema is in place. */
    public void start() {
        long minutes = minutes();
        if (minutes <= 0) {
            LOG.info("Retention schedule switched off");
            return;
        }
        future = executor.scheduleWithFixedDelay(this::runAll, 1, minutes * 60, TimeUnit.SECONDS);
        LOG.info("Retention rules run every " + minutes + " minutes");
    }

    private void runAll() {
        try {
            retention.runAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention schedule failed; trying again next time", e);
        }
    }

    /** Minutes between runs; 0 switches the schedule off; at most a day, which P4's four weeks allow many times over. */
    private long minutes() {
        return nl.provalue.privacy.infrastructure.config.WholeNumbers.parse(
                "PORTAL_RETENTION_INTERVAL_MINUTES", intervalSetting, 15, 0, 1440);
    }

    @PreDestroy
    void stop() {
        retention.stop();
        if (future != null) {
            future.cancel(true);
        }
    }
}
