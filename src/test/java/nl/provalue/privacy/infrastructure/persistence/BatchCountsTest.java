package nl.provalue.privacy.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Statement;
import org.junit.jupiter.api.Test;

class BatchCountsTest {

    @Test
    void rowByRowCountsAreAddedUp() {
        assertEquals(3, BatchCounts.rowsChanged(new int[] {1, 1, 1}));
        assertEquals(3, BatchCounts.rowsChanged(new int[] {0, 1, 1, 0, 1}), "two rows were there already");
        assertEquals(0, BatchCounts.rowsChanged(new int[0]));
    }

    @Test
    void oneUnknownCountMakesTheTotalUnknown_neverAGuess() {
        assertEquals(-1, BatchCounts.rowsChanged(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}));
        assertEquals(-1, BatchCounts.rowsChanged(new int[] {1, Statement.SUCCESS_NO_INFO, 1}));
    }
}
