package nl.provalue.privacy.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

/** P12: the one rule for the reason a staff member gives for opening a customer's data. */
class AccessReasonTest {

    private static void refusedAsTooShort(String reason) {
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> AccessReason.of(reason),
                () -> "refused: "
                        + reason.codePoints()
                                .mapToObj(c -> String.format("U+%04X", c))
                                .toList());
        assertEquals("desk.reasonTooShort", e.getMessageKey());
    }

    @Test
    void p12_reasonForStaffAccess_saysAtLeastTenVisibleCharacters() {
        refusedAsTooShort(".");
        refusedAsTooShort("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B");
        refusedAsTooShort("          x");
        refusedAsTooShort("\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00AD\u00ADx");
        refusedAsTooShort("\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF\uFEFF.");
        refusedAsTooShort("\u00A0\u2003\u3000\u00A0\u2003\u3000\u00A0\u2003\u3000\u00A0\u2003\u3000");
        refusedAsTooShort("\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164");
        refusedAsTooShort("a b c d e f g h i");
        refusedAsTooShort(null);
        assertEquals(
                10,
                AccessReason.visibleCharacters(
                        "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301"),
                "an accent on its own letter is one character");
    }

    @Test
    void p12_reasonForStaffAccess_aRealReasonIsKeptTrimmed() {
        assertEquals(
                "Klant belde over factuur 2026-0412, vraagt om kopie",
                AccessReason.of("  Klant belde over factuur 2026-0412, vraagt om kopie \n")
                        .text());
        assertEquals("Vraag klant", AccessReason.of("Vraag klant").text(), "ten visible characters are enough");
        assertEquals(
                "customer question: Klant belde over verhuizing",
                AccessReason.of("Klant belde over verhuizing")
                        .under("customer question")
                        .text());
    }

    @Test
    void p12_reasonForStaffAccess_anOverlongReasonIsRefusedNeverCut() {
        String fits = "x".repeat(AccessReason.MAX_LENGTH);
        assertEquals(fits, AccessReason.of(fits).text());
        PolicyViolationException e = assertThrows(PolicyViolationException.class, () -> AccessReason.of(fits + "x"));
        assertEquals("desk.reasonTooLong", e.getMessageKey());
        e = assertThrows(
                PolicyViolationException.class,
                () -> AccessReason.of(fits).under("customer question"),
                "the heading and the text are recorded together");
        assertEquals("desk.reasonTooLong", e.getMessageKey());
    }
}
