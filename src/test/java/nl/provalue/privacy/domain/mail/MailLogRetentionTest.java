package nl.provalue.privacy.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** P4: mail logs are kept four weeks and then deleted. */
class MailLogRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void p4_periodIsTwentyEightDays() {
        assertEquals(Duration.ofDays(28), MailLogRetention.PERIOD);
    }

    @Test
    void p4_boundaryToTheSecond() {
        Instant exactlyFourWeeks = NOW.minus(Duration.ofDays(28));
        assertFalse(MailLogRetention.isExpired(exactlyFourWeeks, NOW), "an entry exactly 28 days old stays");
        assertTrue(MailLogRetention.isExpired(exactlyFourWeeks.minusSeconds(1), NOW), "one second older goes");
        assertFalse(MailLogRetention.isExpired(exactlyFourWeeks.plusSeconds(1), NOW));
    }

    @Test
    void p4_entryTellsWhenItIsDeleted() {
        MailLogEntry entry = new MailLogEntry(
                null, "4A1B2C", "a@example.nl", "b@example.nl", 1200, Instant.parse("2026-11-01T08:30:00Z"), "sent");
        assertEquals(Instant.parse("2026-11-29T08:30:00Z"), entry.deletionDue());
    }
}
