package nl.provalue.privacy.domain.retention;

import java.util.List;
import java.util.Optional;

/** The record of retention runs. */
public interface RetentionRunRepository {

    RetentionRun add(RetentionRun run);

    Optional<RetentionRun> find(long id);

    List<RetentionRun> recent(int limit);

    List<RetentionRun> recentOf(RetentionRule rule, int limit);
}
