package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.retention.RetentionLease;
import nl.provalue.privacy.domain.retention.RetentionRule;
import nl.provalue.privacy.domain.retention.RetentionRun;
import nl.provalue.privacy.domain.retention.RetentionRunRepository;

/** Staff see what the retention rules removed and when, and can run a rule now. */
@ApplicationScoped
public class RetentionDesk {

    /** A run started from the screen stops after this many batches; the schedule does the rest. */
    public static final int MANUAL_BATCHES = 200;

    /** One run as staff see it. */
    public record RunView(
            long id,
            RetentionRule rule,
            String policyId,
            String node,
            Instant startedAt,
            Instant finishedAt,
            Instant cutoff,
            long removed,
            int batches,
            String outcome,
            String detail)
            implements Serializable {
        static RunView of(RetentionRun r) {
            return new RunView(
                    r.id(),
                    r.rule(),
                    r.policyId(),
                    r.node(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.cutoff(),
                    r.removed(),
                    r.batches(),
                    r.outcome().name(),
                    r.detail());
        }
    }

    @Inject
    RetentionService retention;

    @Inject
    RetentionLease lease;

    @Inject
    RetentionRunRepository runs;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The rules this portal enforces by deleting data. */
    public List<RetentionRule> rules() {
        staff();
        return Arrays.stream(RetentionRule.values())
                .filter(r -> retention.task(r).isPresent())
                .toList();
    }

    @Transactional
    public List<RunView> recentRuns(int limit) {
        staff();
        return runs.recent(limit).stream().map(RunView::of).toList();
    }

    @Transactional
    public List<RunView> recentRuns(RetentionRule rule, int limit) {
        staff();
        return runs.recentOf(rule, limit).stream().map(RunView::of).toList();
    }

    /** Runs the rule as of now; empty when another server is running it at this moment. */
    public Optional<RunView> runNow(RetentionRule rule) {
        CurrentCaller.Identity who = staff();
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.RETENTION_RUN_STARTED,
                null,
                null,
                rule + " (" + rule.policyId() + ")"));
        return retention
                .run(rule, clock.instant(), RetentionService.DEFAULT_BATCH, MANUAL_BATCHES)
                .map(RunView::of);
    }

    /**
     * Who is running the rule when "run now" cannot start: the server and until when its lease
     * lasts. After a crash of that server the rule is free again at that moment.
     */
    public Optional<RetentionLease.Holding> holderOf(RetentionRule rule) {
        staff();
        return lease.holding(rule).filter(h -> !h.expiredAt(clock.instant()));
    }

    private CurrentCaller.Identity staff() {
        return caller.require(Role.STAFF, "Only staff manage retention");
    }
}
