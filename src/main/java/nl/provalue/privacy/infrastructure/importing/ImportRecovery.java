package nl.provalue.privacy.infrastructure.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.application.importing.ImportLauncher;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.ImportStatus;

/**
 * After a crash: imports this server was running when it stopped are marked interrupted and taken
 * up again shortly after start, from their last committed chunk. Where several servers run, an
 * import whose server died is taken over by another one ({@link #watch}).
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportRunRepository runs;

    @Inject
    nl.provalue.privacy.application.importing.ImportRecords records;

    @Inject
    ImportLauncher launcher;

    @Inject
    Clock clock;

    @Inject
    ImportProgress progress;

    @Inject
    ConfiguredImportSettings settings;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    /**
     * What this application has scheduled: the repeated look after running imports ({@link #watch})
     * and resumes waiting to run. Cancelled when the application stops.
     */
    private final java.util.Set<java.util.concurrent.ScheduledFuture<?>> scheduled =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Write conflicts an import has lost on this server since it last finished. */
    private final java.util.Map<Long, Integer> conflicts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A chunk of the import lost a write conflict (on a Galera cluster another server wrote the same
     * counter row first) and the job stopped: the import is resumed from its last committed chunk
     * after a short random pause, at most ten times; after that it stays failed, to be
     * resumed by staff.
     */
    public void resumeAfterWriteConflict(long id) {
        int lost = conflicts.merge(id, 1, Integer::sum);
        if (lost > 10) {
            conflicts.remove(id);
            LOG.warning("Import " + id + " lost ten write conflicts; it waits to be resumed");
            return;
        }
        LOG.info("Import " + id + " lost a write conflict; resuming it from its last committed chunk");
        later(
                () -> {
                    try {
                        if (records.requeue(id)) {
                            launcher.start(id, progress.load(id).kind());
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Import " + id + " could not be resumed", e);
                    }
                },
                java.util.concurrent.ThreadLocalRandom.current().nextLong(200, 2000),
                TimeUnit.MILLISECONDS);
    }

    /** The import finished: its run of lost conflicts ends. */
    public void finished(long id) {
        conflicts.remove(id);
    }

    /**
     * From now on, four times per takeover span: this server says it is still at work on the
     * imports it runs, and takes over those whose server has gone silent for the whole span (it
     * died, or lost the database), resuming them here from their last committed chunk.
     */
    public void watch() {
        Duration silence = settings.takeoverAfter();
        long every = Math.max(1, silence.toMillis() / 4);
        scheduled.add(executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        progress.heartbeat();
                        for (ImportRun run : progress.abandoned(silence)) {
                            if (progress.takeOver(run)) {
                                LOG.warning("Import " + run.id() + " of " + run.node() + " has not been heard of for "
                                        + silence.toSeconds() + " s; taken over here at line " + run.linesDone());
                                if (records.requeue(run.id())) {
                                    launcher.start(run.id(), run.kind());
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not look after running imports", e);
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS));
    }

    /**
     * The application stops (server shutdown, or a new version deployed): the look after running
     * imports stops with it, instead of running on without the application and warning every few
     * seconds that it cannot; resumes still waiting to run are cancelled (the imports stay
     * interrupted, and the next start, here or on another server, resumes them).
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
    }

    /** Runs a resume after the delay, unless the application stops first. */
    private void later(Runnable resume, long delay, TimeUnit unit) {
        scheduled.removeIf(java.util.concurrent.Future::isDone);
        scheduled.add(executor.schedule(resume, delay, unit));
    }

    @Transactional
    public void closeRunsLeftOpen() {
        String here = serverOf(NodeIdentity.id());
        // Runs this server was working on when it stopped. (A queued run has no server yet; the
        // server that queued it starts it, and a job only ever takes a run that is waiting.)
        List<ImportRun> left = runs.withStatus(EnumSet.of(ImportStatus.RUNNING)).stream()
                .filter(r -> r.node() != null && serverOf(r.node()).equals(here))
                .toList();
        for (ImportRun run : left) {
            run.interrupted(clock.instant());
            long id = run.id();
            var kind = run.kind();
            LOG.info("Import " + id + " was interrupted at line " + run.linesDone() + "; resuming it");
            later(
                    () -> {
                        try {
                            // Only if still interrupted: a staff member may have resumed it meanwhile.
                            if (records.requeue(id)) {
                                launcher.start(id, kind);
                            }
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Import " + id + " could not be resumed", e);
                        }
                    },
                    10,
                    TimeUnit.SECONDS);
        }
    }

    /** host/server without the process id. */
    private static String serverOf(String node) {
        int slash = node.lastIndexOf('/');
        return slash < 0 ? node : node.substring(0, slash);
    }
}
