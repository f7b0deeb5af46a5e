package nl.provalue.privacy.domain.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.provalue.privacy.domain.account.SignInRecordRetention;
import nl.provalue.privacy.domain.backup.BackupPolicy;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import nl.provalue.privacy.domain.shared.PolicyClock;

/**
 * P8: what happens to each category of a customer's data once their contract has ended. The data
 * was kept for communication and administration; from the moment the contract ends only the
 * administration remains a purpose:
 * <ul>
 * <li>the login closes at once;</li>
 * <li>what served only the service (e-mail address, phone, everything else the customer told us,
 *     domain names with their WHOIS contacts, mailboxes, websites with their access logs and
 *     traffic counters) is erased when the contract ends;</li>
 * <li>what the tax law makes the provider keep for its administration (name, postal address,
 *     payment details, the paper file) is kept for seven years (Algemene wet inzake
 *     rijksbelastingen, art. 52), counted from the end of the year in which the contract ended,
 *     and then erased;</li>
 * <li>logs and backups follow their own rules: the mail log goes after four weeks (P4), backups
 *     after six months at the most (P7), sign-in records after their periods (P3);</li>
 * <li>the disclosure register (P11) and the record of staff access (P12) stay as the law
 *     requires.</li>
 * </ul>
 *
 * @param leftAt the moment the contract ended
 */
public record Departure(Instant leftAt) {

    /** AWR art. 52: the administration is kept seven years. */
    public static final int ADMINISTRATION_YEARS = 7;

    private static final ZoneId ZONE = PolicyClock.PROVIDER_ZONE;

    /** What happens to a category once the contract has ended. */
    public enum Fate {
        /** Erased when the contract ends. */
        ERASED_AT_END,
        /** Partly erased when the contract ends; what the administration needs is kept until its end. */
        PARTLY_KEPT_FOR_ADMINISTRATION,
        /** Kept for the administration until its end, then erased. */
        KEPT_FOR_ADMINISTRATION,
        /** Goes by its own retention rule; the date is the latest it can be there. */
        GOES_BY_ITSELF,
        /** Kept as long as the law requires; not erased by the portal. */
        KEPT_BY_LAW
    }

    /**
     * The fate of one category with the day that goes with it: the day it is erased, or the last day
     * it can still be there; null for {@link Fate#KEPT_BY_LAW} and for logs without a period.
     */
    public record Outcome(KeptCategory category, Fate fate, LocalDate on) implements Serializable {}

    public Departure {
        Objects.requireNonNull(leftAt, "leftAt");
    }

    /** A contract whose last day is {@code lastDay} ends at the start of the next day, in Amsterdam. */
    public static Departure afterLastDay(LocalDate lastDay) {
        return new Departure(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** The last day of the contract: the day before it ended, or the day it was ended in the middle of. */
    public LocalDate lastDay() {
        return leftAt.minusNanos(1).atZone(ZONE).toLocalDate();
    }

    public boolean hasHappenedAt(Instant now) {
        return !leftAt.isAfter(now);
    }

    /**
     * AWR art. 52: seven years from the end of the year in which the contract ended; the
     * administration is erased at the start of the next year.
     */
    public Instant administrationEndsAt() {
        return LocalDate.of(lastDay().getYear() + ADMINISTRATION_YEARS + 1, 1, 1)
                .atStartOfDay(ZONE)
                .toInstant();
    }

    /** What becomes of a category when a contract ends, whenever that is. */
    public static Fate fate(KeptCategory category) {
        return switch (category) {
            case CONTACT_AND_PROFILE -> Fate.PARTLY_KEPT_FOR_ADMINISTRATION;
            case PAPER_RECORDS -> Fate.KEPT_FOR_ADMINISTRATION;
            case TRAFFIC_COUNTERS, MAILBOX_CONTENT, ACCESS_LOG, WHOIS -> Fate.ERASED_AT_END;
            case MAIL_LOG, BACKUPS, SIGN_IN_RECORDS, TECHNICAL_LOGS -> Fate.GOES_BY_ITSELF;
            case DISCLOSURES, STAFF_ACCESS_LOG -> Fate.KEPT_BY_LAW;
        };
    }

    public Outcome outcome(KeptCategory category) {
        LocalDate on = switch (category) {
            case CONTACT_AND_PROFILE, PAPER_RECORDS -> lastDayOf(administrationEndsAt());
            case TRAFFIC_COUNTERS, MAILBOX_CONTENT, ACCESS_LOG, WHOIS -> day(leftAt);
            case MAIL_LOG -> day(MailLogRetention.deletionDue(leftAt));
            case BACKUPS -> day(BackupPolicy.latestExpiry(leftAt));
            case SIGN_IN_RECORDS -> day(leftAt.plus(longestSignInPeriod()));
            // Server logs are overwritten as operations need; they have no date of their own.
            case TECHNICAL_LOGS, DISCLOSURES, STAFF_ACCESS_LOG -> null;
        };
        return new Outcome(category, fate(category), on);
    }

    /** Every category's outcome, in the order of {@link KeptCategory}. */
    public List<Outcome> outcomes() {
        return java.util.Arrays.stream(KeptCategory.values()).map(this::outcome).toList();
    }

    /** P3: no sign-in record of the customer is kept longer than the longest of its periods. */
    private static java.time.Duration longestSignInPeriod() {
        return java.util.Collections.max(List.of(
                SignInRecordRetention.ATTEMPTS,
                SignInRecordRetention.SESSIONS,
                SignInRecordRetention.LINKS,
                SignInRecordRetention.SENT_MAIL));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    private static LocalDate lastDayOf(Instant endsAt) {
        return endsAt.minusNanos(1).atZone(ZONE).toLocalDate();
    }
}
