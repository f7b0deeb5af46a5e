package nl.provalue.privacy.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P6: a filtered search that looks at a bounded number of lines per page goes on where it stopped looking. */
class KeysetScanTest {

    private static LogPosition at(long id) {
        return new LogPosition(Instant.ofEpochSecond(1_000_000 - id), id);
    }

    private static KeysetScan<Long> scan(
            List<Long> fetched, LogPosition cursor, boolean backwards, LogPosition lookedTo) {
        return KeysetScan.of(fetched, 3, cursor, backwards, lookedTo, KeysetScanTest::at);
    }

    @Test
    void p6_aFullFirstPageGoesOnAfterItsLastRow() {
        KeysetScan<Long> page = scan(List.of(1L, 2L, 3L, 4L), null, false, at(900));
        assertEquals(List.of(1L, 2L, 3L), page.rows());
        assertFalse(page.hasBefore(), "nothing comes before the first page");
        assertEquals(at(3), page.after(), "the next page starts after the last row shown, not at the bound");
        assertNull(page.lookedTo(), "a full page was not cut short");
    }

    @Test
    void p6_aPageCutShortByTheBoundGoesOnFromTheLastLineLookedAt() {
        KeysetScan<Long> page = scan(List.of(7L), at(5), false, at(900));
        assertEquals(List.of(7L), page.rows());
        assertEquals(at(7), page.before());
        assertEquals(at(900), page.after(), "lines 8 to 900 were looked at and did not match");
        assertEquals(at(900), page.lookedTo());
    }

    @Test
    void p6_anEmptyStretchStillLeadsOnAndBack() {
        KeysetScan<Long> page = scan(List.of(), at(5), false, at(900));
        assertTrue(page.rows().isEmpty());
        assertEquals(at(5), page.before(), "back from where this page was asked from");
        assertEquals(at(900), page.after());
    }

    @Test
    void p6_theEndOfTheLogEndsTheSearch() {
        KeysetScan<Long> page = scan(List.of(7L, 8L), at(5), false, null);
        assertEquals(at(7), page.before());
        assertFalse(page.hasAfter());
        assertNull(page.lookedTo());
        KeysetScan<Long> none = scan(List.of(), null, false, null);
        assertFalse(none.hasBefore());
        assertFalse(none.hasAfter());
    }

    @Test
    void p6_backwardsTheBoundLiesBeforeThePage() {
        // Read backwards from 50 and shown in order: the extra row is the first.
        KeysetScan<Long> full = scan(List.of(46L, 47L, 48L, 49L), at(50), true, at(10));
        assertEquals(List.of(47L, 48L, 49L), full.rows());
        assertEquals(at(47), full.before());
        assertEquals(at(49), full.after());
        assertNull(full.lookedTo());

        KeysetScan<Long> cut = scan(List.of(48L), at(50), true, at(10));
        assertEquals(at(10), cut.before(), "the search back goes on from the last line looked at");
        assertEquals(at(48), cut.after());
        assertEquals(at(10), cut.lookedTo());

        KeysetScan<Long> empty = scan(List.of(), at(50), true, at(10));
        assertEquals(at(10), empty.before());
        assertEquals(at(50), empty.after(), "forwards again from where this page was asked from");

        KeysetScan<Long> start = scan(List.of(1L, 2L), at(50), true, null);
        assertFalse(start.hasBefore(), "the start of the log");
        assertEquals(at(2), start.after());
    }
}
