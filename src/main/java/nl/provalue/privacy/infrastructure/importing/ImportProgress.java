package nl.provalue.privacy.infrastructure.importing;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.provalue.privacy.application.NodeIdentity;
import nl.provalue.privacy.application.importing.RawLogFiles;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportRunRepository;
import nl.provalue.privacy.domain.importing.ImportTally;

/** The import's record as the batch job moves it along. */
@ApplicationScoped
public class ImportProgress {

    @Inject ImportRunRepository runs;
    @Inject Clock clock;
    @Inject RawLogFiles rawFiles;
    @Inject nl.provalue.privacy.domain.web.WebsiteRepository websites;

    @Transactional
    public ImportRun load(long importId) {
        return runs.findFresh(importId).orElseThrow(() -> new IllegalStateException("No import " + importId));
    }

    /** The host name of the website an access-log import is for. */
    @Transactional
    public String websiteHostname(long importId) {
        ImportRun run = load(importId);
        return websites.find(run.websiteId()).map(nl.provalue.privacy.domain.web.Website::hostname)
                .orElseThrow(() -> new IllegalStateException("Import " + importId + " has no website"));
    }

    /** The website served under a host name, with or without "www.". */
    @Transactional
    public java.util.Optional<Long> websiteIdOf(String bareHost) {
        return websites.findByHostname(bareHost).or(() -> websites.findByHostname("www." + bareHost))
                .map(nl.provalue.privacy.domain.web.Website::id);
    }

    /** Takes the import for this job execution; false when it is not waiting for one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long importId, long executionId) {
        return runs.claim(importId, NodeIdentity.id(), executionId, clock.instant());
    }

    /** Inside the chunk's transaction: the checkpoint commits with the chunk's entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chunkDone(long importId, ImportTally tally) {
        load(importId).chunkDone(tally);
    }

    /** Inside the chunk's transaction: the chunk, and a remark about a line of it (an over-long one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chunkDone(long importId, ImportTally tally, String remark) {
        ImportRun run = load(importId);
        run.chunkDone(tally);
        if (remark != null) {
            run.remark(remark);
        }
    }

    /** Done; the uploaded file is not needed any more and goes in the same transaction (P4). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(long importId) {
        ImportRun run = load(importId);
        Instant now = clock.instant();
        run.completed(now, null);
        rawFiles.deleteAfterImport(run, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long importId, String detail) {
        load(importId).failed(clock.instant(), detail);
    }
}
