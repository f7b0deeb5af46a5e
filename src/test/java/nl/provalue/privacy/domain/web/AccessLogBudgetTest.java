package nl.provalue.privacy.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogBudgetTest {

    @Test
    void p6_withinTheBudgetToTheByteNothingGoes() {
        assertEquals(0, AccessLogBudget.excess(1000, 1000));
        assertEquals(0, AccessLogBudget.excess(999, 1000));
        assertEquals(1, AccessLogBudget.excess(1001, 1000));
        assertEquals(0, AccessLogBudget.excess(5000, 0), "no budget, no removal");
    }

    @Test
    void p6_theFewestOldestEntriesThatBringTheLogWithinBudgetGo() {
        List<Integer> oldestFirst = List.of(200, 150, 300, 100);
        assertEquals(0, AccessLogBudget.entriesToRemove(oldestFirst, 0));
        assertEquals(1, AccessLogBudget.entriesToRemove(oldestFirst, 1), "one byte over: the oldest line goes");
        assertEquals(1, AccessLogBudget.entriesToRemove(oldestFirst, 200));
        assertEquals(2, AccessLogBudget.entriesToRemove(oldestFirst, 201));
        assertEquals(2, AccessLogBudget.entriesToRemove(oldestFirst, 350));
        assertEquals(3, AccessLogBudget.entriesToRemove(oldestFirst, 351));
        assertEquals(4, AccessLogBudget.entriesToRemove(oldestFirst, 10_000), "never more than there is");
    }

    @Test
    void p6_aLineNotFromAFileIsEstimatedAroundItsFields() {
        assertEquals(120 + 6 + 11, AccessLogBudget.estimatedLineBytes("/index", "192.0.2.100"));
    }

    @Test
    void p6_aWebsitesBudgetIsItsOwnElseTheDefault_aDefaultOf0IsNone() {
        assertEquals(java.util.OptionalLong.of(5L << 20), AccessLogBudget.effective(5L << 20, 512L << 20));
        assertEquals(java.util.OptionalLong.of(512L << 20), AccessLogBudget.effective(null, 512L << 20));
        assertEquals(java.util.OptionalLong.empty(), AccessLogBudget.effective(null, 0));
        assertEquals(
                java.util.OptionalLong.of(5L << 20), AccessLogBudget.effective(5L << 20, 0), "the own budget holds");
        assertEquals(Long.MAX_VALUE, AccessLogBudget.defaultBound(0));
        assertEquals(512L << 20, AccessLogBudget.defaultBound(512L << 20));
    }
}
