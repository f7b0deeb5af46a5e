package nl.provalue.privacy.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a log read by keyset (P4, P6): the rows a repository gave for a page, asked for one
 * row more than the page holds, become the page and whether there is a page before and after it.
 *
 * @param rows      the page's rows, in the order shown
 * @param hasBefore a page comes before this one
 * @param hasAfter  a page comes after this one
 */
public record KeysetPage<T>(List<T> rows, boolean hasBefore, boolean hasAfter) {

    /**
     * @param fetched    what the repository gave: up to {@code pageSize + 1} rows in the order shown
     * @param pageSize   rows per page
     * @param fromCursor the page was asked for from a cursor (not the first page)
     * @param backwards  the page before the cursor was asked for
     */
    public static <T> KeysetPage<T> of(List<T> fetched, int pageSize, boolean fromCursor, boolean backwards) {
        List<T> rows = new ArrayList<>(fetched);
        boolean more = rows.size() > pageSize;
        if (more) {
            // The extra row lies beyond the page: at the end reading forwards, at the start reading backwards.
            rows.remove(backwards ? 0 : rows.size() - 1);
        }
        return new KeysetPage<>(List.copyOf(rows), backwards ? more : fromCursor, backwards || more);
    }
}
