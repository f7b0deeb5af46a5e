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
    private boolean readBackwards;

    /** Where the next page starts, as the page gave it; empty when there is no next page. */
    public <C> Optional<C> next(C after) {
        if (after == null) {
            return Optional.empty();
        }
        pageNumber++;
        readBackwards = false;
        return Optional.of(after);
    }

    /** Where the previous page starts, as the page gave it; empty when there is no page before. */
    public <C> Optional<C> previous(C before) {
        if (before == null) {
            return Optional.empty();
        }
        pageNumber = Math.max(1, pageNumber - 1);
        readBackwards = true;
        return Optional.of(before);
    }

    /** Back to the first page (a new filter or order). */
    public void restart() {
        pageNumber = 1;
        readBackwards = false;
    }

    /**
     * The message key of the button that searches on from where a filtered page stopped looking:
     * the way the page was read (older lines when showing newest first, unless it was read backwards).
     */
    public String searchOnKey(boolean newestFirst) {
        return newestFirst != readBackwards ? "accesslog.older" : "accesslog.newer";
    }

    public int pageNumber() {
        return pageNumber;
    }
}
