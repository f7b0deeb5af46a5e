package nl.provalue.privacy.domain.importing;

import java.util.Optional;

/** The record of the followed live log (see {@link FollowedLogFile}). */
public interface FollowedLogFileRepository {

    /**
     * The record, locked until the current transaction ends: a second server polling at the same
     * moment waits and then finds the lines handed over.
     */
    FollowedLogFile lock();

    /** The record as it is, for the screen. */
    Optional<FollowedLogFile> find();
}
