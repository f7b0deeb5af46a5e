package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** P4, P6: the next page continues after the last row shown, the previous one before the first. */
class KeysetPagingTest {

    @Test
    void p6_forwardsAndBackCountingPages() {
        KeysetPaging paging = new KeysetPaging();
        assertEquals(Optional.of("c"), paging.next(List.of("a", "b", "c"), true));
        assertEquals(2, paging.pageNumber());
        assertEquals(Optional.of("d"), paging.previous(List.of("d", "e", "f"), true));
        assertEquals(1, paging.pageNumber());
        assertEquals(Optional.of("a"), paging.previous(List.of("a"), true));
        assertEquals(1, paging.pageNumber(), "never below the first page");
    }

    @Test
    void p6_noFurtherThanThereAreRows() {
        KeysetPaging paging = new KeysetPaging();
        assertTrue(paging.next(List.of("a"), false).isEmpty());
        assertTrue(paging.next(List.of(), true).isEmpty());
        assertTrue(paging.previous(List.of("a"), false).isEmpty());
        assertEquals(1, paging.pageNumber());
        paging.next(List.of("a"), true);
        paging.restart();
        assertEquals(1, paging.pageNumber());
    }
}
