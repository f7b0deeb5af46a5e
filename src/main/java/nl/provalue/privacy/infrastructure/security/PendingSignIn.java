package nl.provalue.privacy.infrastructure.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in between its two steps: the password was right, the code of the second factor is still
 * to come (or, for staff without one, the code that confirms a newly set-up app). It lives in a
 * fresh HTTP session for five minutes at most.
 */
public record PendingSignIn(long accountId, String enrolmentSecret, Instant startedAt) implements Serializable {

    public static final String ATTRIBUTE = "nl.provalue.privacy.pendingSignIn";
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    public boolean enrolling() {
        return enrolmentSecret != null;
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(startedAt.plus(VALID_FOR));
    }
}
