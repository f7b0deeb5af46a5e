package nl.provalue.privacy.web;

import java.io.Serializable;
import java.util.Optional;

/**
 * Where a table paged by keyset stands (the access log, the mail log): the number of the page
 * shown; the page itself says where the next or previous page starts.
 */
public final class KeysetPaging implements Serializable {

    private static final long serialVersionUID = 1L;

    private int pageNumber = 1;

    /** Where the next page starts, as the page gave it; empty when there is no next page. */
    public <C> Optional<C> next(C after) {
        if (after == null) {
            return Optional.empty();
        }
        pageNumber++;
        return Optional.of(after);
    }

    /** Where the previous page starts, as the page gave it; empty when there is no page before. */
    public <C> Optional<C> previous(C before) {
        if (before == null) {
            return Optional.empty();
        }
        pageNumber = Math.max(1, pageNumber - 1);
        return Optional.of(before);
    }

    /** Back to the first page (a new filter or order). */
    public void restart() {
        pageNumber = 1;
    }

    public int pageNumber() {
        return pageNumber;
    }
}
