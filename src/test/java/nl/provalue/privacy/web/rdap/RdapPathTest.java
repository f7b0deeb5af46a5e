package nl.provalue.privacy.web.rdap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P10: the RDAP path is read byte for byte, never trimmed or guessed. */
class RdapPathTest {

    @Test
    void p10_aTrailingSpaceStaysInTheName() {
        assertEquals(Optional.of("/domain/sannedejong.nl "), RdapPath.of("/rdap/domain/sannedejong.nl%20", ""));
    }

    @Test
    void p10_utf8EscapesAndRawCharactersAreDecoded() {
        assertEquals(Optional.of("/domain/straße.de"), RdapPath.of("/portal/rdap/domain/stra%C3%9Fe.de", "/portal"));
        assertEquals(Optional.of("/domain/straße.de"), RdapPath.decode("/domain/straße.de"));
        assertEquals(Optional.of("/domain/\uD83D\uDE00.nl"), RdapPath.decode("/domain/%F0%9F%98%80.nl"));
        assertEquals(Optional.of("/domain/a+b.nl"), RdapPath.decode("/domain/a+b.nl"), "a plus is a plus in a path");
    }

    @Test
    void p10_brokenEscapesAndBytesThatAreNotUtf8AreRefused() {
        assertTrue(RdapPath.decode("/domain/%zz.nl").isEmpty());
        assertTrue(RdapPath.decode("/domain/abc.nl%2").isEmpty());
        assertTrue(RdapPath.decode("/domain/%C3.nl").isEmpty());
        assertTrue(RdapPath.decode("/domain/%FF.nl").isEmpty());
    }
}
