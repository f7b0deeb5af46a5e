package nl.provalue.privacy.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionRunTest {

    @Test
    void aRunCountsItsBatchesAndEndsWithAnOutcome() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        RetentionRun run = new RetentionRun(RetentionRule.MAIL_LOG, "node", t, t.minusSeconds(60));
        assertEquals("P4", run.policyId());
        assertEquals(RetentionOutcome.RUNNING, run.outcome());
        run.batchDone(5000);
        run.batchDone(12);
        assertEquals(5012, run.removed());
        assertEquals(2, run.batches());
        assertThrows(IllegalArgumentException.class, () -> run.batchDone(-1));
        assertThrows(IllegalArgumentException.class, () -> run.finish(RetentionOutcome.RUNNING, t, null));
        run.finish(RetentionOutcome.COMPLETED, t.plusSeconds(2), "x".repeat(600));
        assertEquals(500, run.detail().length());
    }

    @Test
    void everyRuleNamesItsPolicyClause() {
        assertEquals("P4", RetentionRule.MAIL_LOG.policyId());
        assertEquals("P6", RetentionRule.ACCESS_LOG_SPACE.policyId());
        assertEquals("P7", RetentionRule.BACKUP_EXPIRY.policyId());
        assertEquals("P3", RetentionRule.SIGN_IN_RECORDS.policyId());
        assertEquals("P4", RetentionRule.RAW_LOG_FILES.policyId());
    }
}
