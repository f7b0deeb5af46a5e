package nl.provalue.privacy.domain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.provalue.privacy.domain.mail.MailLogRetention;
import org.junit.jupiter.api.Test;

/** P4: an uploaded raw log is kept only while its import needs it, never longer than the mail log. */
class RawLogFileRetentionTest {

    private static final Instant END = Instant.parse("2026-12-01T10:00:00Z");
    private static final RawLogFileRetention RULE = new RawLogFileRetention(Duration.ofDays(7));

    @Test
    void p4_theFileOfACompletedImportIsDueTheMomentItEnded() {
        assertEquals(Optional.of(END), RULE.deletionDue(ImportStatus.COMPLETED, END));
        assertTrue(RULE.isDue(ImportStatus.COMPLETED, END, END));
        assertFalse(RULE.isDue(ImportStatus.COMPLETED, END, END.minusNanos(1000)));
    }

    @Test
    void p4_theFileOfAFailedOrInterruptedImportIsKeptForTheLimitAndNotASecondLonger() {
        for (ImportStatus status : RawLogFileRetention.endedWithoutSuccess()) {
            Instant due = END.plus(Duration.ofDays(7));
            assertEquals(Optional.of(due), RULE.deletionDue(status, END), status.toString());
            assertFalse(RULE.isDue(status, END, due.minusSeconds(1)), status.toString());
            assertTrue(RULE.isDue(status, END, due), status.toString());
            assertTrue(RULE.isDue(status, END, due.plusSeconds(1)), status.toString());
        }
        assertEquals(END, RULE.failedCutoff(END.plus(Duration.ofDays(7))));
    }

    @Test
    void p4_theFileOfAnImportWaitingOrRunningIsNeverDue() {
        for (ImportStatus status : new ImportStatus[] {ImportStatus.QUEUED, ImportStatus.RUNNING}) {
            assertEquals(Optional.empty(), RULE.deletionDue(status, END));
            assertFalse(RULE.isDue(status, END, END.plus(Duration.ofDays(365))));
        }
        assertEquals(Optional.empty(), RULE.deletionDue(ImportStatus.FAILED, null), "no end recorded");
    }

    @Test
    void p4_theLimitIsPositiveAndNeverLongerThanTheMailLogsFourWeeks() {
        assertEquals(Duration.ofDays(7), RawLogFileRetention.DEFAULT_FAILED_LIMIT);
        assertEquals(MailLogRetention.PERIOD, RawLogFileRetention.MAXIMUM_FAILED_LIMIT);
        assertThrows(IllegalArgumentException.class, () -> new RawLogFileRetention(Duration.ofDays(29)));
        assertThrows(IllegalArgumentException.class, () -> new RawLogFileRetention(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RawLogFileRetention(null));
        assertEquals(28, new RawLogFileRetention(Duration.ofDays(28)).failedLimitDays());
    }

    @Test
    void p4_aConfiguredNumberOfDaysIsCappedAtFourWeeksAndNonsenseGivesTheDefault() {
        assertEquals(3, RawLogFileRetention.ofDays(3).failedLimitDays());
        assertEquals(28, RawLogFileRetention.ofDays(365).failedLimitDays());
        assertEquals(7, RawLogFileRetention.ofDays(0).failedLimitDays());
        assertEquals(7, RawLogFileRetention.ofDays(-5).failedLimitDays());
    }

    @Test
    void p4_aFileNoImportRecordsGoesADayAfterItWasLastWritten() {
        assertEquals(Duration.ofDays(1), RawLogFileRetention.UNRECORDED_GRACE);
        assertEquals(END.minus(Duration.ofDays(1)), RULE.unrecordedCutoff(END));
    }
}
