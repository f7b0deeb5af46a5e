package nl.provalue.privacy.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P10: domain names by IDNA2008, never mapped onto another name. */
class IdnaNameTest {

    @Test
    void p10_sharpSIsItsOwnLetter_notSs() {
        IdnaName name = IdnaName.parse("straße.de");
        assertEquals("xn--strae-oqa.de", name.ascii());
        assertEquals("straße.de", name.unicode());
        assertTrue(name.internationalised());
        assertEquals("strasse.de", IdnaName.parse("strasse.de").ascii());
    }

    @Test
    void p10_aLabelsAndULabelsAndBothNameTheSameDomain() {
        assertEquals(IdnaName.parse("bäckerei-groß.de"), IdnaName.parse("xn--bckerei-gro-56a8c.de"));
        assertEquals(IdnaName.parse("bäckerei-groß.de"), IdnaName.parse("XN--BCKEREI-GRO-56A8C.DE"));
        assertEquals(IdnaName.parse("liège-café.eu"), IdnaName.parse("liège-café.eu."));
    }

    @Test
    void p10_asciiNamesOnlyLoseTheirCapitals() {
        IdnaName name = IdnaName.parse("SanneDeJong.NL");
        assertEquals("sannedejong.nl", name.ascii());
        assertEquals("sannedejong.nl", name.unicode());
        assertFalse(name.internationalised());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'sannedejong.nl '|DISALLOWED",
                "ｓannedejong.nl|NOT_MAPPED",
                "sanne\u00addejong.nl|NOT_MAPPED",
                "sannedejong\u3002nl|NOT_MAPPED",
                "MÜLLER.de|NOT_MAPPED",
                "mu\u0308ller.de|NOT_MAPPED",
                "\uD83D\uDE00.nl|DISALLOWED",
                "sanne_dejong.nl|DISALLOWED",
                "sanne..nl|EMPTY_LABEL",
                ".nl|EMPTY_LABEL",
                "-sanne.nl|HYPHEN",
                "sanne-.nl|HYPHEN",
                "ab--cd.nl|HYPHEN",
                "xn--zzzzzzz-.nl|BAD_A_LABEL",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.nl|TOO_LONG",
                ".|EMPTY",
                "caf\u00e9\u2122.nl|NOT_MAPPED",
                "pijl\u2192.nl|DISALLOWED",
                "a\u00a7b.nl|DISALLOWED",
            })
    void p10_whatIdna2008ForbidsIsRefused(String input, IdnaName.Problem problem) {
        IdnaName.InvalidNameException e =
                assertThrows(IdnaName.InvalidNameException.class, () -> IdnaName.parse(input));
        assertEquals(problem, e.problem(), e.getMessage());
    }

    @Test
    void p10_aNameLongerThan253OctetsIsRefused() {
        String label = "a".repeat(63);
        String name = label + "." + label + "." + label + "." + "a".repeat(59) + ".nl";
        assertEquals(254, name.length());
        assertEquals(
                IdnaName.Problem.TOO_LONG,
                assertThrows(IdnaName.InvalidNameException.class, () -> IdnaName.parse(name))
                        .problem());
        assertEquals(253, IdnaName.parse(name.substring(1)).ascii().length());
    }

    @Test
    void p10_rightToLeftAndJoinerRulesHold() {
        // A Hebrew label followed by an ASCII digit-first label is fine; mixing directions in one label is not.
        assertEquals(
                IdnaName.Problem.CONTEXT,
                assertThrows(IdnaName.InvalidNameException.class, () -> IdnaName.parse("a\u05d0.nl"))
                        .problem());
        assertEquals(
                IdnaName.Problem.CONTEXT,
                assertThrows(IdnaName.InvalidNameException.class, () -> IdnaName.parse("a\u200db.nl"))
                        .problem());
    }
}
