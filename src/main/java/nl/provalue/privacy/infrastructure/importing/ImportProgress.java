package nl.provalue.privacy.infrastructure.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.application.RetriedOnConflict;
import nl.provalue.privacy.application.importing.RawLogFiles;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.domain.importing.ImportTally;

/** The import's record as the batch job moves it along. */
@RetriedOnConflict
@ApplicationScoped
public class ImportProgress {

    @Inject
    ImportRunRepository runs;

    @Inject
    Clock clock;

    @Inject
    RawLogFiles rawFiles;

    @Inject
    nl.provalue.privacy.domain.web.WebsiteRepository websites;

    @Transactional
    public ImportRun load(long importId) {
        return runs.findFresh(importId).orElseThrow(() -> new IllegalStateException("No import " + importId));
    }

    /** The host name of the website an access-log import is for. */
    @Transactional
    public String websiteHostname(long importId) {
        ImportRun run = load(importId);
        return websites.find(run.websiteId())
                .map(nl.provalue.privacy.domain.web.Website::hostname)
                .orElseThrow(() -> new IllegalStateException("Import " + importId + " has no website"));
    }

    /** The website that serves a host name ({@link nl.provalue.privacy.domain.web.SiteHost}). */
    @Transactional
    public java.util.Optional<Long> websiteIdOf(String host) {
        return websites.findServing(host).map(nl.provalue.privacy.domain.web.Website::id);
    }

    /** Takes the import for this job execution; false when it is not waiting for one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long importId, long executionId) {
        return runs.claim(importId, NodeIdentity.id(), executionId, clock.instant());
    }

    /**
     * Inside the chunk's transaction: the checkpoint commits with the chunk's entries, and a remark
     * about a line of it (an over-long one). The run's row is locked first; a job that no longer
     * holds its run (another server took it over while this one was silent) commits nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chunkDone(long importId, long executionId, ImportTally tally, String remark) {
        ImportRun run = runs.findLocked(importId).orElseThrow(() -> new IllegalStateException("No import " + importId));
        if (!run.isHeldBy(NodeIdentity.id(), executionId)) {
            throw new IllegalStateException("Import " + importId + " is no longer this job's (" + run.status() + " on "
                    + run.node() + "); its chunk is not committed");
        }
        run.chunkDone(tally);
        run.heartbeat(clock.instant());
        if (remark != null) {
            run.remark(remark);
        }
    }

    /** Done; the uploaded file is not needed any more and goes in the same transaction (P4). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(long importId, long executionId) {
        ImportRun run = load(importId);
        if (!run.isHeldBy(NodeIdentity.id(), executionId)) {
            return;
        }
        Instant now = clock.instant();
        run.completed(now, null);
        rawFiles.deleteAfterImport(run, now);
    }

    /** Failed, unless another job or server holds the run by now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long importId, long executionId, String detail) {
        ImportRun run = load(importId);
        if (run.isHeldBy(NodeIdentity.id(), executionId)) {
            run.failed(clock.instant(), detail);
        }
    }

    /** This server is still at work on the imports it runs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int heartbeat() {
        return runs.heartbeat(NodeIdentity.id(), clock.instant());
    }

    /** Runs whose server has gone silent for {@code silence}, run by another server than this one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<ImportRun> abandoned(java.time.Duration silence) {
        Instant now = clock.instant();
        return runs.withStatus(java.util.EnumSet.of(ImportStatus.RUNNING)).stream()
                .filter(r -> r.isAbandoned(now, silence) && !NodeIdentity.id().equals(r.node()))
                .toList();
    }

    /**
     * Marks a run found {@link #abandoned} interrupted, so that it can be resumed here; false when its
     * server has been heard of since, or another server took it first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(ImportRun abandoned) {
        return runs.takeOver(abandoned.id(), abandoned.node(), abandoned.lastHeard(), clock.instant());
    }
}
