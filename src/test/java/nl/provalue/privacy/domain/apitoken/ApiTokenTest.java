package nl.provalue.privacy.domain.apitoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenTest {

    /** 1 December 2026, 23:30 in Amsterdam: already the next day in Amsterdam than in UTC at 23:30 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-01T22:30:00Z");

    private static final StaffMember EVA = new StaffMember("Eva Visser", "eva@example.nl", null, NOW);

    private static ApiToken token(LocalDate lastDay) {
        return new ApiToken(
                "backup system", EnumSet.of(ApiScope.BACKUPS), lastDay, ApiTokenSecret.generate(), EVA, NOW);
    }

    @Test
    void worksThroughItsLastDayInAmsterdamAndNotAMomentLonger() {
        ApiToken t = token(LocalDate.of(2026, 12, 31));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), t.expiresAt(), "midnight in Amsterdam (UTC+1 in winter)");
        assertTrue(t.usableAt(Instant.parse("2026-12-31T22:59:59Z")));
        assertFalse(t.usableAt(Instant.parse("2026-12-31T23:00:00Z")));
        assertEquals(ApiToken.Status.EXPIRED, t.statusAt(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 31), t.lastDay());
    }

    @Test
    void aKeyForTodayWorksUntilMidnight() {
        assertTrue(token(LocalDate.of(2026, 12, 1)).usableAt(NOW));
    }

    @Test
    void aLastDayInThePastOrMoreThanAYearAheadIsRefused() {
        assertEquals(
                ApiToken.Problem.EXPIRY_PAST,
                assertThrows(ApiToken.Refused.class, () -> token(LocalDate.of(2026, 11, 30)))
                        .problem());
        assertEquals(
                ApiToken.Problem.EXPIRY_TOO_FAR,
                assertThrows(
                                ApiToken.Refused.class,
                                () -> token(LocalDate.of(2026, 12, 1).plusDays(ApiToken.MAX_DAYS + 1)))
                        .problem());
        assertEquals(
                ApiToken.Problem.EXPIRY_MISSING,
                assertThrows(ApiToken.Refused.class, () -> token(null)).problem());
        token(LocalDate.of(2026, 12, 1).plusDays(ApiToken.MAX_DAYS));
    }

    @Test
    void revokedMeansRefusedAtOnceAndForGood() {
        ApiToken t = token(LocalDate.of(2027, 3, 1));
        assertTrue(t.usableAt(NOW));
        assertTrue(t.revoke(EVA, NOW.plusSeconds(1)));
        assertFalse(t.usableAt(NOW.plusSeconds(1)));
        assertEquals(ApiToken.Status.REVOKED, t.statusAt(NOW.plusSeconds(1)));
        assertFalse(t.revoke(EVA, NOW.plusSeconds(2)), "a second revocation changes nothing");
        assertEquals(NOW.plusSeconds(1), t.revokedAt());
    }

    @Test
    void aKeyMayOnlyWhatItsScopesSay() {
        ApiToken t = new ApiToken(
                "log shipper",
                EnumSet.of(ApiScope.LOG_IMPORT),
                LocalDate.of(2027, 1, 1),
                ApiTokenSecret.generate(),
                EVA,
                NOW);
        assertTrue(t.allows(ApiScope.LOG_IMPORT));
        assertFalse(t.allows(ApiScope.BACKUPS));
        assertEquals(EnumSet.of(ApiScope.LOG_IMPORT), t.scopes());
        ApiToken both = new ApiToken(
                "both", EnumSet.allOf(ApiScope.class), LocalDate.of(2027, 1, 1), ApiTokenSecret.generate(), EVA, NOW);
        assertEquals(EnumSet.allOf(ApiScope.class), both.scopes());
        assertEquals(
                ApiToken.Problem.NO_SCOPE,
                assertThrows(
                                ApiToken.Refused.class,
                                () -> new ApiToken(
                                        "none",
                                        Set.of(),
                                        LocalDate.of(2027, 1, 1),
                                        ApiTokenSecret.generate(),
                                        EVA,
                                        NOW))
                        .problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", "back-upsysteem 2", "log_shipper.web01", "Facturatie", "één"})
    void namesPeopleRecogniseAreTaken(String name) {
        assertEquals(name, ApiToken.checkedName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {" billing", "billing ", "-billing", "bill<script>", "bill\ning", "bill;drop", "a/b"})
    void oddNamesAreRefusedNotCleanedUp(String name) {
        assertEquals(
                ApiToken.Problem.NAME_INVALID,
                assertThrows(ApiToken.Refused.class, () -> ApiToken.checkedName(name))
                        .problem());
    }

    @Test
    void missingAndOverLongNamesAreRefused() {
        assertEquals(
                ApiToken.Problem.NAME_MISSING,
                assertThrows(ApiToken.Refused.class, () -> ApiToken.checkedName("  "))
                        .problem());
        assertEquals(
                ApiToken.Problem.NAME_MISSING,
                assertThrows(ApiToken.Refused.class, () -> ApiToken.checkedName(null))
                        .problem());
        ApiToken.checkedName("b".repeat(ApiToken.MAX_NAME_LENGTH));
        assertEquals(
                ApiToken.Problem.NAME_TOO_LONG,
                assertThrows(
                                ApiToken.Refused.class,
                                () -> ApiToken.checkedName("b".repeat(ApiToken.MAX_NAME_LENGTH + 1)))
                        .problem());
    }
}
