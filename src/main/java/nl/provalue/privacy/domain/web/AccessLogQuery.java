package nl.provalue.privacy.domain.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.provalue.privacy.domain.shared.KeysetScan;
import nl.provalue.privacy.domain.shared.LogPosition;

/**
 * P6: one page of a website's access log, found by keyset (the time and id of the row the
 * previous page ended on) rather than by offset, so page 10,000 costs what page 1 costs.
 *
 * @param websiteId   the site
 * @param from        first moment shown (inclusive), or null
 * @param until       last moment shown (exclusive), or null
 * @param ipPrefix    visitor addresses starting with this, or null
 * @param pathPrefix  pages starting with this, or null
 * @param newestFirst sort order by time
 * @param afterTime   the time of the row to continue after, in the sort order, or null for the first page
 * @param afterId     the id of that row
 * @param backwards   true to fetch the page before the cursor instead of after it
 * @param pageSize    rows per page
 */
public record AccessLogQuery(
        long websiteId,
        Instant from,
        Instant until,
        String ipPrefix,
        String pathPrefix,
        boolean newestFirst,
        Instant afterTime,
        Long afterId,
        boolean backwards,
        int pageSize)
        implements Serializable {

    /** Screens show at most a few hundred rows; the export reads in batches of a few thousand. */
    public static final int MAX_PAGE_SIZE = 5_000;

    /** A filter on visitor address or page looks at no more than this many lines for one page. */
    public static final int SCAN_WINDOW = KeysetScan.WINDOW;
    /** A filtered page looks at this many lines first, and further only when they hold less than a page. */
    public static final int FIRST_LOOK = KeysetScan.FIRST_LOOK;

    /** The longest text form of an address (IPv6 with an IPv4 tail), as stored. */
    public static final int MAX_IP_LENGTH = 45;
    /** The longest page address stored. */
    public static final int MAX_PATH_LENGTH = 2048;
    /** An IPv4 or IPv6 address, or the host name a web server logs instead when it looks names up. */
    private static final Pattern IP_CHARACTERS = Pattern.compile("[0-9A-Za-z.:-]+");

    public AccessLogQuery {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        if ((afterTime == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor has a time and an id");
        }
        ipPrefix = blankToNull(ipPrefix);
        pathPrefix = blankToNull(pathPrefix);
        refusedFilter(ipPrefix, pathPrefix).ifPresent(key -> {
            throw new IllegalArgumentException(key);
        });
    }

    /**
     * Why filters as typed are refused, as a message key, or empty when they are fine. Too long a
     * filter is refused rather than cut: nothing stored is longer, so a cut filter would find lines
     * the customer did not ask for. An address holds digits, letters, dots, colons and hyphens
     * (IPv4, IPv6, or a host name where the web server logged one).
     */
    public static Optional<String> refusedFilter(String ipPrefix, String pathPrefix) {
        String ip = blankToNull(ipPrefix);
        String path = blankToNull(pathPrefix);
        if (ip != null && ip.length() > MAX_IP_LENGTH) return Optional.of("accesslog.ipTooLong");
        if (ip != null && !IP_CHARACTERS.matcher(ip).matches()) return Optional.of("accesslog.ipInvalid");
        if (path != null && path.length() > MAX_PATH_LENGTH) return Optional.of("accesslog.pathTooLong");
        return Optional.empty();
    }

    /** Filtered on something the log's index does not order by: the page looks at {@link #SCAN_WINDOW} lines at most. */
    public boolean filtered() {
        return ipPrefix != null || pathPrefix != null;
    }

    /** Where this page was asked from, or null for the first page. */
    public LogPosition cursor() {
        return afterTime == null ? null : new LogPosition(afterTime, afterId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static AccessLogQuery firstPage(long websiteId, int pageSize) {
        return new AccessLogQuery(websiteId, null, null, null, null, true, null, null, false, pageSize);
    }

    /** The same filters and order, continuing after (or before) the given row. */
    public AccessLogQuery continueFrom(Instant time, long id, boolean before) {
        return new AccessLogQuery(
                websiteId, from, until, ipPrefix, pathPrefix, newestFirst, time, id, before, pageSize);
    }

    /** The same filters and order, continuing after (or before) the given position. */
    public AccessLogQuery continueFrom(LogPosition position, boolean before) {
        return continueFrom(position.at(), position.id(), before);
    }
}
