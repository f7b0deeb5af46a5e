package nl.provalue.privacy.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** P4, P6: a page read by keyset knows what lies before and after it from one extra row. */
class KeysetPageTest {

    @Test
    void p6_theFirstPageWithMoreBehindIt() {
        KeysetPage<Integer> p = KeysetPage.of(List.of(1, 2, 3, 4), 3, false, false);
        assertEquals(List.of(1, 2, 3), p.rows());
        assertFalse(p.hasBefore());
        assertTrue(p.hasAfter());
    }

    @Test
    void p6_theLastPageForwards() {
        KeysetPage<Integer> p = KeysetPage.of(List.of(7, 8), 3, true, false);
        assertEquals(List.of(7, 8), p.rows());
        assertTrue(p.hasBefore(), "it was reached from a cursor");
        assertFalse(p.hasAfter());
    }

    @Test
    void p6_backwardsTheExtraRowIsAtTheStart() {
        KeysetPage<Integer> p = KeysetPage.of(List.of(3, 4, 5, 6), 3, true, true);
        assertEquals(List.of(4, 5, 6), p.rows());
        assertTrue(p.hasBefore());
        assertTrue(p.hasAfter(), "the page it came back from");
        KeysetPage<Integer> first = KeysetPage.of(List.of(1, 2, 3), 3, true, true);
        assertFalse(first.hasBefore(), "back at the start");
        assertTrue(first.hasAfter());
    }

    @Test
    void p6_anEmptyLog() {
        KeysetPage<Integer> p = KeysetPage.of(List.of(), 25, false, false);
        assertTrue(p.rows().isEmpty());
        assertFalse(p.hasBefore());
        assertFalse(p.hasAfter());
    }
}
