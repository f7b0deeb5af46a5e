package nl.provalue.privacy.application.importing;

import java.io.Serializable;
import java.time.Instant;

/**
 * P4: the live Postfix log the portal follows ({@code PORTAL_MAIL_LOG_FILE}): its new lines become
 * ordinary Postfix imports, and staff see how far it is.
 */
public interface MailLogFollowing {

    /**
     * Where the follower stands. {@code position} is the byte up to which the current file was
     * handed to imports, {@code sizeSeen} its size at the last check, {@code lagBytes} what the
     * followed files hold beyond what was handed over; {@code lastNewLinesAt} when new lines last
     * arrived, {@code checkedAt} the last check (both empty before the first).
     */
    record Status(
            String path,
            long position,
            long linesHanded,
            long bytesHanded,
            long sizeSeen,
            long lagBytes,
            Instant lastNewLinesAt,
            Instant checkedAt,
            Long lastImportId)
            implements Serializable {

        /** Whether a file is followed at all. */
        public boolean configured() {
            return path != null && !path.isBlank();
        }
    }

    Status status();
}
