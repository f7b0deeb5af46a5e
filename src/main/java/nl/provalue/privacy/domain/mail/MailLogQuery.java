package nl.provalue.privacy.domain.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.LogPosition;

/**
 * P4: a filter over a customer's mail log: one of their mailboxes (as sender or recipient), part of
 * an address, a delivery status, and a time window; newest or oldest first. A page is found by
 * keyset (the time and id of the row the previous page ended on), never by offset, so the last
 * page of a million lines costs what the first costs.
 *
 * @param afterTime the time of the row to continue after, in the sort order, or null for the first page
 * @param afterId   the id of that row
 * @param backwards true for the page before the cursor instead of after it
 * @param pageSize  rows per page
 */
public record MailLogQuery(
        String mailbox,
        String address,
        String status,
        Instant from,
        Instant until,
        boolean newestFirst,
        Instant afterTime,
        Long afterId,
        boolean backwards,
        int pageSize)
        implements Serializable {

    public static final int DEFAULT_PAGE_SIZE = 25;
    /** A count of mail-log lines stops here: beyond it a screen says "more than 10,000". */
    public static final long COUNT_CAP = 10_000;
    /**
     * The home screen's tile counts no further than this ("1.000+"): it is shown on every visit,
     * where counting to 10,000 cost a busy customer a fifth of the page's speed. The mail page
     * itself counts to {@link #COUNT_CAP}.
     */
    public static final long OVERVIEW_COUNT_CAP = 1_000;
    /** Screens show at most a hundred lines; the export reads in batches of a few thousand. */
    public static final int MAX_PAGE_SIZE = 5_000;

    public static final MailLogQuery ALL = new MailLogQuery(null, null, null, null, null, true);

    public MailLogQuery {
        mailbox = blankToNull(mailbox);
        address = blankToNull(address);
        status = blankToNull(status);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts");
        }
        if ((afterTime == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor has a time and an id");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
    }

    /** The first page under a filter, of the usual size. */
    public MailLogQuery(
            String mailbox, String address, String status, Instant from, Instant until, boolean newestFirst) {
        this(mailbox, address, status, from, until, newestFirst, null, null, false, DEFAULT_PAGE_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Filtered on a mailbox or part of an address, which the log's indexes do not order: a page
     * looks at no more than {@link KeysetScan#WINDOW} lines, and the lines are not counted.
     * Status and dates follow the indexes.
     */
    public boolean filtered() {
        return mailbox != null || address != null;
    }

    /** Where this page was asked from, or null for the first page. */
    public LogPosition cursor() {
        return afterTime == null ? null : new LogPosition(afterTime, afterId);
    }

    /** The same filter and order, continuing after (or before) the given position. */
    public MailLogQuery continueFrom(LogPosition position, boolean before) {
        return continueFrom(position.at(), position.id(), before);
    }

    /** The same filter and order, continuing after (or before) the given row. */
    public MailLogQuery continueFrom(Instant time, long id, boolean before) {
        return new MailLogQuery(mailbox, address, status, from, until, newestFirst, time, id, before, pageSize);
    }

    /** The first page with another number of rows. */
    public MailLogQuery withPageSize(int size) {
        return new MailLogQuery(mailbox, address, status, from, until, newestFirst, null, null, false, size);
    }
}
