package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodesTest {

    private final List<String> codes = RecoveryCodes.generate(new SecureRandom());

    @Test
    void tenDistinctCodes() {
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
    }

    @Test
    void formattedAsTwoGroupsOfFiveFromTheUnambiguousAlphabet() {
        for (String code : codes) {
            assertTrue(code.matches("[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}"), code);
            assertFalse(code.matches(".*[01oli].*"), code);
            assertTrue(RecoveryCodes.looksLikeRecoveryCode(code), code);
        }
    }

    @Test
    void alphabetLeavesOutLookAlikes() {
        assertEquals(31, RecoveryCodes.ALPHABET.length());
        for (char c : "01oli".toCharArray()) {
            assertEquals(-1, RecoveryCodes.ALPHABET.indexOf(c), "contains " + c);
        }
    }

    @Test
    void listCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> codes.add("abcde-fghjk"));
    }

    @Test
    void hashNormalisesCaseSpacesAndHyphens() {
        String expected = RecoveryCodes.hash("abcdefghjk");
        assertEquals(expected, RecoveryCodes.hash("ABCDE-fghjk"));
        assertEquals(expected, RecoveryCodes.hash(" abcde fghjk "));
        assertEquals(expected, RecoveryCodes.hash("AB-CDE FG-HJK"));
    }

    @Test
    void hashIsSha256HexOfTheNormalisedCode() {
        // printf abcdefghjk | sha256sum
        assertEquals(
                "22f3f00d7f9cfe6eeefa9b71bdcb093a9080fcf4981d2dbf932648fa15a2d793", RecoveryCodes.hash("ABCDE-FGHJK"));
        assertNotEquals(RecoveryCodes.hash("abcdefghjk"), RecoveryCodes.hash("abcdefghjm"));
    }

    @Test
    void hashIsNeverTheCodeItself() {
        String code = codes.get(0);
        assertFalse(RecoveryCodes.hash(code).contains(code.replace("-", "")));
    }

    @Test
    void looksLikeRecoveryCodeAfterNormalising() {
        assertTrue(RecoveryCodes.looksLikeRecoveryCode("ABCDE-FGHJK"));
        assertTrue(RecoveryCodes.looksLikeRecoveryCode(" abcde fghjk "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "abcde-fghj", // nine
                "abcde-fghjkm", // eleven
                "abcde-fghj1", // 1 is not in the alphabet
                "abcde-fghjo", // nor o
                "abcde_fghjk", // only spaces and hyphens are ignored
                "123456", // a TOTP code
                "ABCDE-FGHJ\u212A", // Kelvin sign, which toLowerCase would turn into a k
            })
    void refusesWhatCannotBeARecoveryCode(String input) {
        assertFalse(RecoveryCodes.looksLikeRecoveryCode(input));
    }
}
