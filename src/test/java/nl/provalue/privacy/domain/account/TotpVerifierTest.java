package nl.provalue.privacy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpVerifierTest {

    private final TotpVerifier verifier = new TotpVerifier();
    private final TotpSecret rfcSecret = TotpSecret.fromBase32(TotpSecretTest.RFC_SECRET_BASE32);
    /** 2026-12-01T10:00:10Z: ten seconds into a step. */
    private final Instant now = Instant.parse("2026-12-01T10:00:10Z");

    private final long currentStep = verifier.stepOf(now);

    /** RFC 6238 Appendix B, SHA-1 rows: the six-digit code is the last six of the eight digits. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130",
    })
    void rfc6238TestVectorsForSha1(long unixTime, String eightDigits) {
        Instant at = Instant.ofEpochSecond(unixTime);
        String sixDigits = eightDigits.substring(2);
        assertEquals(sixDigits, verifier.codeAt(rfcSecret, verifier.stepOf(at)));
        assertEquals(OptionalLong.of(verifier.stepOf(at)), verifier.verify(rfcSecret, sixDigits, at, null));
    }

    @Test
    void stepsAreThirtySecondsFromTheUnixEpoch() {
        assertEquals(0, verifier.stepOf(Instant.ofEpochSecond(29)));
        assertEquals(1, verifier.stepOf(Instant.ofEpochSecond(30)));
        assertEquals(0x23523EC, verifier.stepOf(Instant.ofEpochSecond(1111111109))); // T from RFC 6238 Appendix B
    }

    @Test
    void acceptsTheCurrentStep() {
        String code = verifier.codeAt(rfcSecret, currentStep);
        assertEquals(OptionalLong.of(currentStep), verifier.verify(rfcSecret, code, now, null));
    }

    @Test
    void acceptsOneStepBeforeAndAfterForClockDrift() {
        assertEquals(
                OptionalLong.of(currentStep - 1),
                verifier.verify(rfcSecret, verifier.codeAt(rfcSecret, currentStep - 1), now, null));
        assertEquals(
                OptionalLong.of(currentStep + 1),
                verifier.verify(rfcSecret, verifier.codeAt(rfcSecret, currentStep + 1), now, null));
    }

    @Test
    void refusesTwoStepsAwayEitherWay() {
        assertFalse(verifier.verify(rfcSecret, verifier.codeAt(rfcSecret, currentStep + 2), now, null)
                .isPresent());
        assertFalse(verifier.verify(rfcSecret, verifier.codeAt(rfcSecret, currentStep - 2), now, null)
                .isPresent());
    }

    @Test
    void refusesAWrongCode() {
        String right = verifier.codeAt(rfcSecret, currentStep);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertFalse(verifier.verify(rfcSecret, wrong, now, null).isPresent());
    }

    @Test
    void refusesTheCodeOfAnotherSecret() {
        TotpSecret other = TotpSecret.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertFalse(verifier.verify(other, verifier.codeAt(rfcSecret, currentStep), now, null)
                .isPresent());
    }

    /** ASVS 2.8.4: a code is good for one sign-in only. */
    @Test
    void replayOfTheSameStepIsRefused() {
        String code = verifier.codeAt(rfcSecret, currentStep);
        long used = verifier.verify(rfcSecret, code, now, null).orElseThrow();
        assertFalse(verifier.verify(rfcSecret, code, now, used).isPresent());
        assertFalse(
                verifier.verify(rfcSecret, code, now.plusSeconds(15), used).isPresent(),
                "not later in the step either");
    }

    /** ASVS 2.8.4: once a code is used, the codes before it are spent too, even inside the window. */
    @Test
    void anOlderStepIsRefusedAfterANewerOneWasUsed() {
        String previous = verifier.codeAt(rfcSecret, currentStep - 1);
        assertFalse(verifier.verify(rfcSecret, previous, now, currentStep).isPresent());
        assertFalse(
                verifier.verify(rfcSecret, verifier.codeAt(rfcSecret, currentStep), now, currentStep + 1)
                        .isPresent(),
                "a code from ahead of the clock spends the current one");
    }

    @Test
    void aNewerStepIsStillAcceptedAfterAnOlderOneWasUsed() {
        String next = verifier.codeAt(rfcSecret, currentStep + 1);
        assertEquals(OptionalLong.of(currentStep + 1), verifier.verify(rfcSecret, next, now, currentStep));
    }

    @Test
    void spacesInsideTheCodeAreIgnored() {
        String code = verifier.codeAt(rfcSecret, currentStep);
        String spaced = code.substring(0, 3) + " " + code.substring(3);
        assertEquals(OptionalLong.of(currentStep), verifier.verify(rfcSecret, spaced, now, null));
        assertEquals(OptionalLong.of(currentStep), verifier.verify(rfcSecret, " " + code + " ", now, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567", "12a456", "１２３４５６", "١٢٣٤٥٦", "12-456", "+12345", "123\t456", "      "})
    void malformedCodesAreRefused(String code) {
        assertFalse(verifier.verify(rfcSecret, code, now, null).isPresent());
    }

    /** Full-width digits of the right code are still refused: only ASCII is read. */
    @Test
    void fullWidthDigitsOfTheRightCodeAreRefused() {
        String code = verifier.codeAt(rfcSecret, currentStep);
        StringBuilder fullWidth = new StringBuilder();
        code.chars().forEach(c -> fullWidth.append((char) ('０' + (c - '0'))));
        assertFalse(verifier.verify(rfcSecret, fullWidth.toString(), now, null).isPresent());
        assertTrue(verifier.verify(rfcSecret, code, now, null).isPresent());
    }

    @Test
    void codesAreSixAsciiDigitsWithLeadingZeros() {
        // 1111111109 is the RFC row whose code starts with a zero.
        assertEquals("081804", verifier.codeAt(rfcSecret, verifier.stepOf(Instant.ofEpochSecond(1111111109))));
        for (long step = currentStep; step < currentStep + 50; step++) {
            assertTrue(verifier.codeAt(rfcSecret, step).matches("[0-9]{6}"));
        }
    }
}
