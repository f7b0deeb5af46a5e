package nl.provalue.privacy.domain.rights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * GDPR article 12(3): a request is answered within one month of receipt; that period may be
 * extended by two further months where necessary, with the reason told to the customer. A period
 * in months ends on the same day of the month as the day of receipt; where that month has no such
 * day (31 January, 29 February in a common year), it ends on the last day of that month
 * (Regulation 1182/71, article 3).
 */
public final class StatutoryDeadline {

    /** Requests due within this many days stand out in the queue. */
    public static final int DUE_SOON_DAYS = 7;

    /** How urgent an open request is. */
    public enum Urgency {
        ON_TIME,
        DUE_SOON,
        OVERDUE
    }

    private StatutoryDeadline() {}

    /** One month after receipt. */
    public static LocalDate of(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** One month and two further months after receipt: counted from receipt, not from the first deadline. */
    public static LocalDate extended(LocalDate receivedOn) {
        return receivedOn.plusMonths(3);
    }

    public static Urgency urgency(LocalDate deadline, LocalDate today) {
        if (today.isAfter(deadline)) {
            return Urgency.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, deadline) <= DUE_SOON_DAYS ? Urgency.DUE_SOON : Urgency.ON_TIME;
    }
}
