package nl.provalue.privacy.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

/** P2: the paper register. */
class PaperRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void p2_aPaperRecordIsDestroyedOnce() {
        PaperRecord record = new PaperRecord(null, "Machtiging", "Kast B", LocalDate.of(2024, 3, 1), null, NOW);
        record.destroy(NOW);
        assertTrue(record.isDestroyed());
        assertEquals(
                "policy.P2.alreadyDestroyed",
                assertThrows(PolicyViolationException.class, () -> record.destroy(NOW))
                        .getMessageKey());
    }

    @Test
    void p2_keptUntilCannotPrecedeKeptSince() {
        assertThrows(
                PolicyViolationException.class,
                () -> new PaperRecord(
                        null, "Machtiging", "Kast B", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), NOW));
    }

    @Test
    void customerNumberHasAFixedFormat() {
        assertEquals("PV000042", CustomerNumber.of(42).value());
        assertThrows(IllegalArgumentException.class, () -> new CustomerNumber("42"));
    }
}
