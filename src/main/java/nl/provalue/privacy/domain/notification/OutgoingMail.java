package nl.provalue.privacy.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One plain-text e-mail the portal sends itself (a password-reset or activation link, a notice that
 * an account was locked after failed sign-ins), from the moment it is written until it is sent or
 * given up.
 * <ul>
 * <li>It is <em>due</em> while unsent, not given up, and its next attempt is not in the future.</li>
 * <li>After a failed attempt the next one waits longer: 1 minute, then 2, 4, 8 … and at most an
 *     hour. After {@value #MAX_ATTEMPTS} failed attempts it is given up: kept, unsent, with its last
 *     error, so staff can see what went wrong.</li>
 * <li>Sent or given up, it is {@linkplain #finishedAt() finished}; 30 days later the retention
 *     rule removes it (P3).</li>
 * <li>Once sent its body is erased (left empty): it may hold a one-time link, which must not stay
 *     readable in the database after it has done its work.</li>
 * <li>Recipient and subject become mail headers: a line break in either would let the text add
 *     headers of its own (header injection), so they are refused, as is anything longer than the
 *     columns hold. Nothing is ever cut short: a shortened address or link would be wrong mail.</li>
 * </ul>
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = "OutgoingMail.dueIds",
        query = "select m.id from OutgoingMail m where m.sentAt is null and m.attempts < :maxAttempts"
                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.nextAttemptAt, m.id")
@NamedQuery(
        name = "OutgoingMail.claim",
        query = "update OutgoingMail m set m.claimedBy = :holder, m.claimedUntil = :until"
                + " where m.id = :id and m.sentAt is null and m.attempts < :maxAttempts"
                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)")
public class OutgoingMail {

    /** Failed attempts after which a mail is given up. */
    public static final int MAX_ATTEMPTS = 10;
    /** The wait after the first failure; it doubles with every further one. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** The longest wait between two attempts. */
    public static final Duration LONGEST_RETRY = Duration.ofHours(1);

    /** RFC 5321: a forward path holds at most 254 characters, the local part at most 64. */
    public static final int MAX_RECIPIENT_LENGTH = 254;

    private static final int MAX_LOCAL_PART_LENGTH = 64;
    public static final int MAX_SUBJECT_LENGTH = 200;
    /**
     * The column is a MariaDB TEXT (65,535 bytes); four bytes per character at most in UTF-8 keeps
     * any text of this length inside it. A notice with a link needs a fraction of it.
     */
    public static final int MAX_BODY_LENGTH = 16_000;

    private static final int MAX_ERROR_LENGTH = 500;

    /**
     * One address, nothing around it: no display name, no list, no comments or quoted local part.
     * Letters, digits and the usual punctuation before the @; host name labels after it, at least
     * two. Non-ASCII addresses (SMTPUTF8) are not accepted.
     */
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = MAX_RECIPIENT_LENGTH)
    private String recipient;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutgoingMail() {}

    /**
     * A mail to send as soon as possible after {@code now}.
     *
     * @throws IllegalArgumentException when the recipient is not one plausible address, the
     *                                  subject is blank or holds a line break or other control
     *                                  character, the body is blank, or any of them is too long
     */
    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = checkedRecipient(recipient);
        this.subject = checkedSubject(subject);
        this.body = checkedBody(body);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
        this.attempts = 0;
    }

    private static String checkedRecipient(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        refuseLineBreaks(recipient, "recipient");
        if (recipient.length() > MAX_RECIPIENT_LENGTH) {
            throw new IllegalArgumentException("The recipient is longer than " + MAX_RECIPIENT_LENGTH + " characters");
        }
        // The value itself stays out of the message: it may be meant to break a log line.
        if (!ADDRESS.matcher(recipient).matches() || recipient.indexOf('@') > MAX_LOCAL_PART_LENGTH) {
            throw new IllegalArgumentException("The recipient is not a single e-mail address");
        }
        return recipient;
    }

    private static String checkedSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        refuseLineBreaks(subject, "subject");
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The subject holds a control character");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("The subject is longer than " + MAX_SUBJECT_LENGTH + " characters");
        }
        return subject;
    }

    private static String checkedBody(String body) {
        // An empty body is what a sent mail keeps; a new one must say something.
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A mail needs a body");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("The body is longer than " + MAX_BODY_LENGTH + " characters");
        }
        return body;
    }

    private static void refuseLineBreaks(String value, String what) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The " + what + " holds a line break (header injection)");
        }
    }

    /** Unsent, not given up, and its next attempt has come. */
    public boolean isDue(Instant now) {
        return !isSent() && !isGivenUp() && !nextAttemptAt.isAfter(now);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    /** {@value #MAX_ATTEMPTS} attempts failed: no further ones are made. */
    public boolean isGivenUp() {
        return !isSent() && attempts >= MAX_ATTEMPTS;
    }

    /** The server has accepted the mail: it is done, its body erased, its claim released. */
    public void markSent(Instant at) {
        checkOpen();
        this.attempts++;
        this.sentAt = Objects.requireNonNull(at, "at");
        this.body = "";
        this.lastError = null;
        release();
    }

    /**
     * An attempt failed: the next one waits {@link #retryDelayAfter(int)}, unless this was the
     * {@value #MAX_ATTEMPTS}th, after which the mail is given up (and {@code nextAttemptAt} records
     * when). The claim is released either way.
     */
    public void markFailed(String error, Instant at) {
        checkOpen();
        Objects.requireNonNull(at, "at");
        this.attempts++;
        this.lastError = describe(error);
        // A given-up mail has no next attempt: the column keeps the moment it was given up, from
        // which its retention counts (see finishedAt).
        this.nextAttemptAt = isGivenUp() ? at : at.plus(retryDelayAfter(attempts));
        release();
    }

    /**
     * When the outbox was done with this mail: when it was sent, or when it was given up (its
     * last failed attempt); {@code null} while it is still being tried. Its retention counts from
     * here (P3, see {@code SignInRecordRetention}).
     */
    public Instant finishedAt() {
        if (isSent()) {
            return sentAt;
        }
        return isGivenUp() ? nextAttemptAt : null;
    }

    /** 1 minute after the first failure, doubling with each further one, at most an hour. */
    public static Duration retryDelayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("The delay follows a failure");
        }
        // 2^6 minutes is past the hour already; stopping there keeps the shift from overflowing.
        long minutes = 1L << Math.min(failures - 1, 6);
        Duration delay = FIRST_RETRY.multipliedBy(minutes);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /** Whether {@code holder} has claimed this mail (and nobody has taken it over since). */
    public boolean isClaimedBy(String holder) {
        return holder != null && holder.equals(claimedBy);
    }

    private void checkOpen() {
        if (isSent()) {
            throw new IllegalStateException("Mail " + id + " was sent already");
        }
        if (isGivenUp()) {
            throw new IllegalStateException("Mail " + id + " was given up");
        }
    }

    private void release() {
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    /** An error is our own diagnosis, not the mail: here shortening is right, and one line is enough. */
    private static String describe(String error) {
        String line = error == null || error.isBlank()
                ? "unknown error"
                : error.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() <= MAX_ERROR_LENGTH ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }
    /** The text to send; empty once the mail is sent. */
    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
    /** When it may be tried (again); for a given-up mail, when it was given up. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }
}
