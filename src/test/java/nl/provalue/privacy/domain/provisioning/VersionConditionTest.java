package nl.provalue.privacy.domain.provisioning;

import static nl.provalue.privacy.domain.provisioning.VersionCondition.Verdict.FAILED;
import static nl.provalue.privacy.domain.provisioning.VersionCondition.Verdict.PROCEED;
import static nl.provalue.privacy.domain.provisioning.VersionCondition.Verdict.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionConditionTest {

    private static final String NOW = "\"abc\"";

    @Test
    void aNewCustomerIsMadeWithoutIfMatchOrWithIfNoneMatchStar() {
        assertEquals(PROCEED, VersionCondition.of(null, null).verdict(null));
        assertEquals(PROCEED, VersionCondition.of(null, "*").verdict(null));
        assertEquals(FAILED, VersionCondition.of(NOW, null).verdict(null));
        assertEquals(FAILED, VersionCondition.of("*", null).verdict(null));
    }

    @Test
    void anExistingCustomerIsChangedOnlyInTheVersionRead() {
        assertEquals(REQUIRED, VersionCondition.of(null, null).verdict(NOW));
        assertEquals(PROCEED, VersionCondition.of(NOW, null).verdict(NOW));
        assertEquals(PROCEED, VersionCondition.of("\"old\", " + NOW, null).verdict(NOW));
        assertEquals(PROCEED, VersionCondition.of("*", null).verdict(NOW));
        assertEquals(FAILED, VersionCondition.of("\"old\"", null).verdict(NOW));
        assertEquals(FAILED, VersionCondition.of(null, "*").verdict(NOW));
        // RFC 9110 §13.1.1: If-Match compares strongly; a weak tag never matches.
        assertEquals(FAILED, VersionCondition.of("W/" + NOW, null).verdict(NOW));
    }

    @Test
    void headersThatAreNotTagsAreRefused() {
        assertEquals(
                "If-Match",
                assertThrows(InvalidStateException.class, () -> VersionCondition.of("abc", null))
                        .field());
        assertEquals(
                "If-Match",
                assertThrows(InvalidStateException.class, () -> VersionCondition.of("\"a\" \"b\"", null))
                        .field());
        assertEquals(
                "If-Match",
                assertThrows(InvalidStateException.class, () -> VersionCondition.of(" ", null))
                        .field());
        assertEquals(
                "If-Match",
                assertThrows(
                                InvalidStateException.class,
                                () -> VersionCondition.of("\"" + "a".repeat(3000) + "\"", null))
                        .field());
        assertEquals(
                "If-None-Match",
                assertThrows(InvalidStateException.class, () -> VersionCondition.of(null, NOW))
                        .field());
    }
}
