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
}
