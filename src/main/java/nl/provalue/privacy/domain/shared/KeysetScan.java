package nl.provalue.privacy.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a filtered log search (P6) that looks at a bounded number of lines per page, so a
 * filter matching little or nothing costs what a page costs instead of reading the whole log.
 * When the lines looked at hold fewer matches than a page, the page is short and the search goes
 * on from the last line looked at, not from the last match.
 *
 * @param rows     the page's rows, in the order shown (possibly none)
 * @param before   where the page before this one starts reading backwards, or null for the first page
 * @param after    where the page after this one starts reading forwards, or null at the end of the log
 * @param lookedTo the last line looked at when the bound ended the page early (a short page that
 *                 is not the end of the log), or null
 */
public record KeysetScan<T>(List<T> rows, LogPosition before, LogPosition after, LogPosition lookedTo) {

    /**
     * A filter the log's index cannot follow looks at no more than this many lines (in the page's
     * order, from its cursor) for one page. A rare or absent value in a log of ten million lines
     * then costs what ten thousand lines cost; the page says how far it looked and the next page
     * looks further.
     */
    public static final int WINDOW = 10_000;
    /**
     * Such a page looks at this many lines first, and at the rest of the window only when these
     * hold less than a page: a filter that most lines match then costs a few hundred lines.
     */
    public static final int FIRST_LOOK = 500;

    public boolean hasBefore() {
        return before != null;
    }

    public boolean hasAfter() {
        return after != null;
    }

    /**
     * @param fetched   what the repository gave: up to {@code pageSize + 1} rows in the order shown
     * @param pageSize  rows per page
     * @param cursor    the position the page was asked for from, or null for the first page
     * @param backwards the page before the cursor was asked for
     * @param lookedTo  the last line the repository looked at when its bound stopped it, or null
     *                  when it reached the end of the log in the reading direction
     * @param position  the position of a row
     */
    public static <T> KeysetScan<T> of(
            List<T> fetched,
            int pageSize,
            LogPosition cursor,
            boolean backwards,
            LogPosition lookedTo,
            Function<T, LogPosition> position) {
        List<T> rows = new ArrayList<>(fetched);
        boolean full = rows.size() > pageSize;
        if (full) {
            // The extra row lies beyond the page: at the end reading forwards, at the start reading backwards.
            rows.remove(backwards ? 0 : rows.size() - 1);
        }
        // Where reading stopped: after a full page, at its last row; else at the bound, if there was one.
        LogPosition stop = full ? position.apply(rows.get(backwards ? 0 : rows.size() - 1)) : lookedTo;
        LogPosition shortBy = full ? null : lookedTo;
        // Where the other direction starts: the page's own edge, or where this page was asked from
        // (the first page, asked from nowhere, has nothing before it).
        LogPosition back = rows.isEmpty() ? cursor : position.apply(rows.get(backwards ? rows.size() - 1 : 0));
        return backwards
                ? new KeysetScan<>(List.copyOf(rows), stop, back, shortBy)
                : new KeysetScan<>(List.copyOf(rows), cursor == null ? null : back, stop, shortBy);
    }
}
