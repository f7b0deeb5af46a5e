package nl.provalue.privacy.domain.mail;

import java.time.Duration;
import java.time.Instant;

/** P4: mail logs (sender, recipient, size, date) are kept four weeks and then deleted. */
public final class MailLogRetention {

    /** P4: four weeks. */
    public static final Duration PERIOD = Duration.ofDays(28);

    private MailLogRetention() {}

    /** The moment an entry logged at {@code sentAt} is deleted. */
    public static Instant deletionDue(Instant sentAt) {
        return sentAt.plus(PERIOD);
    }

    /** Entries sent strictly before this moment are past the retention period at {@code now}. */
    public static Instant cutoff(Instant now) {
        return now.minus(PERIOD);
    }

    /** P4: an entry may be deleted once it is older than 28 days, and not a second earlier. */
    public static boolean isExpired(Instant sentAt, Instant now) {
        return sentAt.isBefore(cutoff(now));
    }
}
