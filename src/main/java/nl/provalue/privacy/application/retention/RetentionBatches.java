package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.domain.retention.RetentionOutcome;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;
import nl.provalue.privacy.domain.retention.RetentionRunRepository;

/**
 * Each step of a retention run in a transaction of its own, so that a batch commits with the
 * record of its count and locks are held for one batch only.
 */
@RetriedOnConflict
@ApplicationScoped
public class RetentionBatches {

    @Inject
    RetentionRunRepository runs;

    /** Opens the record of a run; runs of the same rule left RUNNING by a dead server are closed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long open(RetentionRule rule, String node, Instant startedAt, Instant cutoff) {
        List<RetentionRun> stale = runs.recentOf(rule, 20).stream()
                .filter(r -> r.outcome() == RetentionOutcome.RUNNING)
                .toList();
        stale.forEach(r -> r.finish(RetentionOutcome.INTERRUPTED, startedAt, "ended without closing (server stopped)"));
        return runs.add(new RetentionRun(rule, node, startedAt, cutoff)).id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeBatch(RetentionTask task, Instant now, int limit, long runId) {
        int removed = task.removeBatch(now, limit);
        if (removed > 0) {
            run(runId).batchDone(removed);
        }
        return removed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RetentionRun close(long runId, RetentionOutcome outcome, Instant at, String detail) {
        RetentionRun run = run(runId);
        run.finish(outcome, at, detail);
        return run;
    }

    private RetentionRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new IllegalStateException("No retention run " + runId));
    }
}
