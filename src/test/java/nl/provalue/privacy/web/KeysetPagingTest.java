package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P4, P6: pages are counted forwards and back, from where each page says the next one starts. */
class KeysetPagingTest {

    @Test
    void p6_forwardsAndBackCountingPages() {
        KeysetPaging paging = new KeysetPaging();
        assertEquals(Optional.of("c"), paging.next("c"));
        assertEquals(2, paging.pageNumber());
        assertEquals(Optional.of("d"), paging.previous("d"));
        assertEquals(1, paging.pageNumber());
        assertEquals(Optional.of("a"), paging.previous("a"));
        assertEquals(1, paging.pageNumber(), "never below the first page");
    }

    @Test
    void p6_noFurtherThanThereArePages() {
        KeysetPaging paging = new KeysetPaging();
        assertTrue(paging.next(null).isEmpty());
        assertTrue(paging.previous(null).isEmpty());
        assertEquals(1, paging.pageNumber());
        paging.next("x");
        paging.restart();
        assertEquals(1, paging.pageNumber());
    }

    @Test
    void p6_theSearchGoesOnTheWayThePageWasRead() {
        KeysetPaging paging = new KeysetPaging();
        assertEquals("accesslog.older", paging.searchOnKey(true), "newest first: on to older lines");
        assertEquals("accesslog.newer", paging.searchOnKey(false));
        paging.next("b");
        paging.previous("a");
        assertEquals("accesslog.newer", paging.searchOnKey(true), "read backwards: on to newer lines");
        paging.restart();
        assertEquals("accesslog.older", paging.searchOnKey(true));
    }
}
