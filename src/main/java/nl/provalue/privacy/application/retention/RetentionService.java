package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.domain.retention.RetentionLease;
import nl.provalue.privacy.domain.retention.RetentionOutcome;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;

/**
 * Runs retention rules (P3, P4, P6, P7) the one way they are all run:
 * <ul>
 * <li>only the server holding the rule's lease works on it, so several servers can run the
 *     schedule at once without doing the work twice;</li>
 * <li>the moment that decides what is due is fixed when the run starts, so nothing that becomes
 *     due during a run, and nothing younger, is touched;</li>
 * <li>what is due goes in batches, each in its own short transaction together with the run's
 *     count, so locks are brief and an interrupted run loses nothing: the next run continues.</li>
 * </ul>
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    /** Rows per transaction: large enough to be quick, small enough to keep locks short. */
    public static final int DEFAULT_BATCH = 5_000;

    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    @Any
    Instance<RetentionTask> tasks;

    @Inject
    RetentionLease lease;

    @Inject
    RetentionBatches batches;

    @Inject
    Clock clock;

    private final AtomicBoolean stopping = new AtomicBoolean();

    /** Every rule once, as the schedule does. */
    public List<RetentionRun> runAll() {
        List<RetentionRun> done = new ArrayList<>();
        for (RetentionRule rule : RetentionRule.values()) {
            if (stopping.get()) {
                break;
            }
            try {
                run(rule, clock.instant(), DEFAULT_BATCH, 0).ifPresent(done::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention rule " + rule + " failed", e);
            }
        }
        return done;
    }

    /**
     * Runs one rule as of {@code now}. Empty when another server holds the rule's lease.
     *
     * @param maxBatches stop (INTERRUPTED) after this many batches; 0 for no limit
     */
    public Optional<RetentionRun> run(RetentionRule rule, Instant now, int batchSize, int maxBatches) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        RetentionTask task = task(rule).orElse(null);
        if (task == null || !task.active()) {
            return Optional.empty();
        }
        String holder = NodeIdentity.id() + "#" + UUID.randomUUID();
        if (!lease.acquire(rule, holder, clock.instant(), clock.instant().plus(LEASE))) {
            LOG.fine(() -> rule + " is being run by another server");
            return Optional.empty();
        }
        try {
            long runId = batches.open(rule, NodeIdentity.id(), clock.instant(), task.cutoff(now));
            RetentionOutcome outcome = RetentionOutcome.COMPLETED;
            String detail = null;
            try {
                int count = 0;
                while (true) {
                    if (stopping.get() || Thread.currentThread().isInterrupted()) {
                        outcome = RetentionOutcome.INTERRUPTED;
                        detail = "server stopping";
                        break;
                    }
                    if (maxBatches > 0 && count >= maxBatches) {
                        outcome = RetentionOutcome.INTERRUPTED;
                        detail = "stopped after " + count + " batches";
                        break;
                    }
                    int removed = batches.removeBatch(task, now, batchSize, runId);
                    count++;
                    if (removed == 0) {
                        break;
                    }
                    lease.acquire(rule, holder, clock.instant(), clock.instant().plus(LEASE));
                }
            } catch (RuntimeException e) {
                outcome = RetentionOutcome.FAILED;
                detail = e.toString();
                LOG.log(Level.WARNING, "Retention run of " + rule + " failed", e);
            }
            return Optional.of(batches.close(runId, outcome, clock.instant(), detail));
        } finally {
            lease.release(rule, holder);
        }
    }

    public Optional<RetentionTask> task(RetentionRule rule) {
        return tasks.stream().filter(t -> t.rule() == rule && t.active()).findFirst();
    }

    /** Asks running rules to stop after their current batch. */
    public void stop() {
        stopping.set(true);
    }
}
