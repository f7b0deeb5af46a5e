package nl.provalue.privacy.domain.web;

import java.time.Instant;

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
public record AccessLogQuery(long websiteId, Instant from, Instant until, String ipPrefix, String pathPrefix,
                             boolean newestFirst, Instant afterTime, Long afterId, boolean backwards, int pageSize) {

    /** Screens show at most a few hundred rows; the export reads in batches of a few thousand. */
    public static final int MAX_PAGE_SIZE = 5_000;

    public AccessLogQuery {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        if ((afterTime == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor has a time and an id");
        }
        ipPrefix = blankToNull(ipPrefix);
        pathPrefix = blankToNull(pathPrefix);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static AccessLogQuery firstPage(long websiteId, int pageSize) {
        return new AccessLogQuery(websiteId, null, null, null, null, true, null, null, false, pageSize);
    }

    /** The same filters and order, continuing after (or before) the given row. */
    public AccessLogQuery continueFrom(Instant time, long id, boolean before) {
        return new AccessLogQuery(websiteId, from, until, ipPrefix, pathPrefix, newestFirst, time, id, before, pageSize);
    }
}
