package nl.provalue.privacy.domain.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void p11_aNameIsKeptAsGivenUpToTheLimit() {
        String longest = "b".repeat(Attachment.MAX_FILE_NAME - 4) + ".pdf";
        assertEquals(longest, Attachment.keptName(longest, 7));
        assertEquals("vordering 2026-114.pdf", Attachment.keptName("vordering 2026-114.pdf", 7));
    }

    @Test
    void p11_aLongerNameIsRefusedNotCut() {
        String tooLong = "b".repeat(Attachment.MAX_FILE_NAME - 3) + ".pdf";
        PolicyViolationException refused =
                assertThrows(PolicyViolationException.class, () -> Attachment.keptName(tooLong, 7));
        assertEquals("policy.P11.attachmentNameTooLong", refused.getMessageKey());
    }

    @Test
    void p11_aMissingNameIsRefused() {
        for (String missing : new String[] {null, "", "   "}) {
            assertEquals(
                    "policy.P11.attachmentRequired",
                    assertThrows(PolicyViolationException.class, () -> Attachment.keptName(missing, 7))
                            .getMessageKey());
        }
    }

    @Test
    void p11_pathSeparatorsInANameAreMadeHarmless() {
        assertEquals("..__etc_passwd", Attachment.keptName("../\\etc/passwd", 7));
    }
}
