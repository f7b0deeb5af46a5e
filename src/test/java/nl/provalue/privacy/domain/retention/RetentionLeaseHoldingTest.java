package nl.provalue.privacy.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionLeaseHoldingTest {

    private final Instant noon = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void theServerIsTheHolderWithoutTheRunsNumber() {
        assertEquals("portaal-2", new RetentionLease.Holding("portaal-2#0b6e-11", noon).server());
        assertEquals("portaal-2", new RetentionLease.Holding("portaal-2", noon).server());
    }

    @Test
    void aLeasePastItsTimeBindsNobody() {
        RetentionLease.Holding holding = new RetentionLease.Holding("portaal-2#1", noon);
        assertFalse(holding.expiredAt(noon.minusSeconds(1)));
        assertFalse(holding.expiredAt(noon));
        assertTrue(holding.expiredAt(noon.plusMillis(1)));
        assertTrue(new RetentionLease.Holding("portaal-2#1", null).expiredAt(noon));
    }
}
