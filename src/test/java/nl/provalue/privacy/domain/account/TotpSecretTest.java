package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpSecretTest {

    /** The ASCII bytes "12345678901234567890", the SHA-1 secret of RFC 6238 Appendix B. */
    static final String RFC_SECRET_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void generatedSecretHas160BitsAnd32Base32Characters() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        assertEquals(32, secret.base32().length());
        assertTrue(secret.base32().matches("[A-Z2-7]{32}"), "upper case, no padding");
        assertEquals("TotpSecret[160 bits]", secret.toString());
    }

    @Test
    void generatedSecretsDiffer() {
        SecureRandom random = new SecureRandom();
        assertNotEquals(TotpSecret.generate(random), TotpSecret.generate(random));
    }

    @Test
    void base32RoundTrip() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        TotpSecret read = TotpSecret.fromBase32(secret.base32());
        assertEquals(secret, read);
        assertEquals(secret.base32(), read.base32());
    }

    @Test
    void readsTheRfcSecret() {
        assertEquals(RFC_SECRET_BASE32, TotpSecret.fromBase32(RFC_SECRET_BASE32).base32());
    }

    @Test
    void toleratesSpacesAndLowerCase() {
        TotpSecret typed = TotpSecret.fromBase32(" gezd gnbv gy3t qojq GEZD GNBV GY3T QOJQ ");
        assertEquals(TotpSecret.fromBase32(RFC_SECRET_BASE32), typed);
        assertEquals(RFC_SECRET_BASE32, typed.base32());
    }

    @Test
    void groupedInFoursForReadingOffAScreen() {
        assertEquals(
                "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
                TotpSecret.fromBase32(RFC_SECRET_BASE32).grouped());
        // 128 bits: 26 characters, so the last group is short.
        assertEquals(
                "GEZD GNBV GY3T QOJQ GEZD GNBV GY",
                TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY").grouped());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "    ",
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", // 1 is not Base32
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ0", // neither is 0
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====", // no padding
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ", // spaces only, not hyphens
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ\u017f", // long s, which toUpperCase would make an S
                "ＧEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", // full-width G
                "GEZDGNBVGY3TQOJQGEZDGNBVG\tY3TQOJQ", // a tab is not a space
                "GEZDGNBVGY3TQOJQGEZDGNBVGZ", // last character has bits beyond the 128
                "GEZDGNBVGY3TQOJQGEZDGNBV", // 120 bits: below the RFC 4226 minimum of 128
            })
    void refusesWhatIsNotABase32Secret(String text) {
        assertThrows(IllegalArgumentException.class, () -> TotpSecret.fromBase32(text));
    }

    @Test
    void refusalDoesNotEchoTheSecret() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ!"));
        assertFalse(e.getMessage().contains("GEZD"), e.getMessage());
    }

    @Test
    void otpauthUriPercentEncodesIssuerAndAccount() {
        String uri = TotpSecret.fromBase32(RFC_SECRET_BASE32).otpauthUri("ProValue Hosting", "jan+test@example.nl");
        assertEquals(
                "otpauth://totp/ProValue%20Hosting:jan%2Btest%40example.nl"
                        + "?secret=" + RFC_SECRET_BASE32
                        + "&issuer=ProValue%20Hosting&algorithm=SHA1&digits=6&period=30",
                uri);
        URI parsed = URI.create(uri);
        assertEquals("otpauth", parsed.getScheme());
        assertEquals("totp", parsed.getHost());
        assertEquals("/ProValue Hosting:jan+test@example.nl", parsed.getPath());
    }

    @Test
    void otpauthUriEncodesNonAsciiAsUtf8() {
        String uri = TotpSecret.fromBase32(RFC_SECRET_BASE32).otpauthUri("Privé", "jan");
        assertTrue(uri.startsWith("otpauth://totp/Priv%C3%A9:jan?"), uri);
    }

    @Test
    void otpauthUriRefusesColonsAndBlanks() {
        TotpSecret secret = TotpSecret.fromBase32(RFC_SECRET_BASE32);
        assertThrows(IllegalArgumentException.class, () -> secret.otpauthUri("Pro:Value", "jan"));
        assertThrows(IllegalArgumentException.class, () -> secret.otpauthUri("ProValue", "a:b"));
        assertThrows(IllegalArgumentException.class, () -> secret.otpauthUri(" ", "jan"));
        assertThrows(IllegalArgumentException.class, () -> secret.otpauthUri("ProValue", null));
    }

    @Test
    void toStringDoesNotRevealTheSecret() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        String shown = secret.toString();
        assertFalse(shown.contains(secret.base32()));
        assertFalse(shown.contains(secret.base32().substring(0, 4)));
        assertFalse(TotpSecret.fromBase32(RFC_SECRET_BASE32).toString().contains("GEZD"));
    }
}
