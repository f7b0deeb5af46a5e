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
     * Failed or interrupted to queued, in one conditional statement: of two resumptions at the
     * same moment only one succeeds.
     */
    boolean requeue(long id);

    /**
     * Queued to running for one job execution, in one conditional statement: a second job for the
     * same import (a resumption racing a restart, two servers) finds it taken and does nothing.
     */
    boolean claim(long id, String node, long jobExecutionId, java.time.Instant at);
}
