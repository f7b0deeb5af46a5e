package nl.provalue.privacy.domain.importing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The record of log imports. */
public interface ImportRunRepository {

    ImportRun add(ImportRun run);

    Optional<ImportRun> find(long id);

    /** Reads the row again, bypassing anything cached in the current unit of work. */
    Optional<ImportRun> findFresh(long id);

    List<ImportRun> recent(int first, int limit);

    long count();

    List<ImportRun> withStatus(Collection<ImportStatus> statuses);

    /**
     * P4: runs whose uploaded file is still there and, by {@link RawLogFileRetention}, due at
     * {@code now}: completed ones that ended by {@code now}, failed or interrupted ones that ended
     * by {@code failedCutoff}; those that ended first come first.
     */
    List<ImportRun> rawFilesDue(java.time.Instant now, java.time.Instant failedCutoff, int limit);

    /**
     * P4: records that the run's file is deleted, in one conditional statement that holds only while
     * the run is still in the {@code status} and end that made the file due and no one recorded it
     * before: a resumption at the same moment, or a second server, makes it false.
     */
    boolean markRawFileDeleted(long id, ImportStatus status, java.time.Instant finishedAt, java.time.Instant at);

    /**
     * Whether an import records a stored file of this name (a name the store made unique), in
     * whichever directory it recorded it.
     */
    boolean recordsFileNamed(String fileName);

    /**
     * Failed or interrupted to queued, in one conditional statement: of two resumptions at the
     * same moment only one succeeds, and an import whose file is deleted (P4) is not resumed.
     */
    boolean requeue(long id);

    /**
     * Queued to running for one job execution, in one conditional statement: a second job for the
     * same import (a resumption racing a restart, two servers) finds it taken and does nothing.
     */
    boolean claim(long id, String node, long jobExecutionId, java.time.Instant at);

    /** The run, its row locked until the end of the transaction (a chunk's checkpoint). */
    Optional<ImportRun> findLocked(long id);

    /** The server {@code node} says it is still at work on every run it is running. */
    int heartbeat(String node, java.time.Instant at);

    /**
     * Running to interrupted, in one conditional statement that holds only while the run is still
     * running on {@code node} and was last heard of exactly at {@code lastHeard}, as when it was
     * found abandoned ({@link ImportRun#isAbandoned}, which alone decides that): of two servers
     * taking over at the same moment only one succeeds, and a server that spoke up in the meantime
     * keeps its run.
     */
    boolean takeOver(long id, String node, java.time.Instant lastHeard, java.time.Instant at);
}
