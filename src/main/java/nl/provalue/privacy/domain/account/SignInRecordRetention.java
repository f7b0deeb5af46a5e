package nl.provalue.privacy.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * P3: the records behind signing in are technical logs kept for internal operations, and they
 * also serve the account's security (spotting and stopping break-in attempts, showing the owner
 * where and when their account was used). Each kind is kept for a fixed period after its last
 * moment and then deleted; a record exactly at the end of its period stays, one second older goes.
 * <ul>
 * <li>sign-in attempts: {@link #ATTEMPTS} after the attempt;</li>
 * <li>signed-in sessions: {@link #SESSIONS} after the session ended, or was last seen if it was
 *     never ended (it is long idle by then);</li>
 * <li>one-time links (only their hashes): {@link #LINKS} after they were used, withdrawn or
 *     expired; a link that still works is never due;</li>
 * <li>the portal's own e-mails in the outbox: {@link #SENT_MAIL} after they were sent or given up
 *     ({@code OutgoingMail.finishedAt()}); a mail still being tried is never due.</li>
 * </ul>
 */
public final class SignInRecordRetention {

    /** P3: sign-in attempts are kept 180 days, long enough to see a slow break-in attempt. */
    public static final Duration ATTEMPTS = Duration.ofDays(180);
    /** P3: a signed-in session is kept 180 days after it ended or was last seen. */
    public static final Duration SESSIONS = Duration.ofDays(180);
    /** P3: a one-time link is kept one day after it was used or expired. */
    public static final Duration LINKS = Duration.ofDays(1);
    /** P3: an e-mail the portal sent (or gave up on) is kept 30 days, to answer "did you mail me?". */
    public static final Duration SENT_MAIL = Duration.ofDays(30);

    private SignInRecordRetention() {}

    /** Attempts made strictly before this moment are due at {@code now}. */
    public static Instant attemptCutoff(Instant now) {
        return now.minus(ATTEMPTS);
    }

    /** P3: an attempt goes once it is older than 180 days, and not a second earlier. */
    public static boolean isAttemptDue(Instant attemptedAt, Instant now) {
        return attemptedAt.isBefore(attemptCutoff(now));
    }

    public static boolean isDue(SignInAttempt attempt, Instant now) {
        return isAttemptDue(attempt.attemptedAt(), now);
    }

    /** Sessions last seen, and ended if they ended, strictly before this moment are due at {@code now}. */
    public static Instant sessionCutoff(Instant now) {
        return now.minus(SESSIONS);
    }

    /**
     * P3: a session goes 180 days after its last moment: when it ended, or when it was last seen
     * if it never ended. Both must lie before the cutoff, so an odd row (ended before it was last
     * seen) is kept until the later of the two.
     */
    public static boolean isSessionDue(Instant lastSeenAt, Instant endedAt, Instant now) {
        Instant cutoff = sessionCutoff(now);
        return lastSeenAt.isBefore(cutoff) && (endedAt == null || endedAt.isBefore(cutoff));
    }

    public static boolean isDue(SignInSession session, Instant now) {
        return isSessionDue(session.lastSeenAt(), session.endedAt(), now);
    }

    /** Links used or expired strictly before this moment are due at {@code now}. */
    public static Instant linkCutoff(Instant now) {
        return now.minus(LINKS);
    }

    /**
     * P3: a one-time link goes one day after it stopped working: when it was used (or withdrawn
     * for a newer one) or when it expired, whichever came first.
     */
    public static boolean isLinkDue(Instant expiresAt, Instant usedAt, Instant now) {
        Instant cutoff = linkCutoff(now);
        return expiresAt.isBefore(cutoff) || (usedAt != null && usedAt.isBefore(cutoff));
    }

    public static boolean isDue(AccountToken token, Instant now) {
        return isLinkDue(token.expiresAt(), token.usedAt(), now);
    }

    /** Outbox mails finished (sent or given up) strictly before this moment are due at {@code now}. */
    public static Instant mailCutoff(Instant now) {
        return now.minus(SENT_MAIL);
    }

    /**
     * P3: a mail goes 30 days after the outbox finished with it.
     *
     * @param finishedAt when it was sent or given up; {@code null} while it is still being tried,
     *                   and then it is never due
     */
    public static boolean isMailDue(Instant finishedAt, Instant now) {
        return finishedAt != null && finishedAt.isBefore(mailCutoff(now));
    }
}
