package nl.provalue.privacy.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

/** P7: backups are kept no longer than six months. */
class BackupPolicyTest {

    @Test
    void p7_latestExpiryIsSixCalendarMonthsAfterTaking() {
        assertEquals(
                Instant.parse("2026-07-31T10:00:00Z"),
                BackupPolicy.latestExpiry(Instant.parse("2026-01-31T10:00:00Z")));
        // Month ends clamp the way the database's INTERVAL '6' MONTH does.
        assertEquals(
                Instant.parse("2027-02-28T03:00:00Z"),
                BackupPolicy.latestExpiry(Instant.parse("2026-08-31T03:00:00Z")));
        assertEquals(
                Instant.parse("2028-02-29T03:00:00Z"),
                BackupPolicy.latestExpiry(Instant.parse("2027-08-31T03:00:00Z")));
    }

    @Test
    void p7_expiryExactlySixMonthsLaterIsAllowedOneSecondMoreIsNot() {
        Instant taken = Instant.parse("2026-01-31T10:00:00Z");
        assertTrue(BackupPolicy.isAllowedExpiry(taken, Instant.parse("2026-07-31T10:00:00Z")));
        assertFalse(BackupPolicy.isAllowedExpiry(taken, Instant.parse("2026-07-31T10:00:01Z")));
        assertFalse(BackupPolicy.isAllowedExpiry(taken, taken));
    }

    @Test
    void p7_aBackupCannotBeGivenALaterExpiry() {
        Instant taken = Instant.parse("2026-03-01T00:00:00Z");
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> new Backup(
                        null, BackupKind.MAIL, "mail", taken, Instant.parse("2026-09-01T00:00:01Z"), 1, taken));
        assertEquals("policy.P7.expiryBeyondSixMonths", e.getMessageKey());
    }

    @Test
    void p7_dueForDestructionFromTheMomentOfExpiry() {
        Instant taken = Instant.parse("2026-03-01T00:00:00Z");
        Backup backup = Backup.keptForMaximum(null, BackupKind.HOMEPAGE, "site", taken, 10, taken);
        assertFalse(backup.isDueForDestruction(Instant.parse("2026-08-31T23:59:59Z")));
        assertTrue(backup.isDueForDestruction(Instant.parse("2026-09-01T00:00:00Z")));
        backup.destroy(Instant.parse("2026-09-01T00:05:00Z"));
        assertFalse(backup.isDueForDestruction(Instant.parse("2026-10-01T00:00:00Z")));
        assertTrue(backup.isDestroyed());
    }

    @Test
    void p7_aBackupTakenInTheFutureIsRefused_fiveMinutesOfClockSkewAreNot() {
        Instant recorded = Instant.parse("2026-12-01T02:00:00Z");
        assertTrue(BackupPolicy.isAllowedTakenAt(recorded.plusSeconds(300), recorded));
        assertFalse(BackupPolicy.isAllowedTakenAt(recorded.plusSeconds(301), recorded));
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> Backup.keptForMaximum(
                        null, BackupKind.MAIL, "2030", Instant.parse("2030-01-01T00:00:00Z"), 1, recorded));
        assertEquals("policy.P7.takenInTheFuture", e.getMessageKey());
    }
}
