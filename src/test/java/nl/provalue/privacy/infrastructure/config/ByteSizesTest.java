package nl.provalue.privacy.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void readsBytesAndSuffixes() {
        assertEquals(536_870_912L, ByteSizes.parse("512m", 0));
        assertEquals(536_870_912L, ByteSizes.parse("512MB", 0));
        assertEquals(2L << 30, ByteSizes.parse("2g", 0));
        assertEquals(800L << 10, ByteSizes.parse(" 800k ", 0));
        assertEquals(12345, ByteSizes.parse(12345L, 0));
        assertEquals(7, ByteSizes.parse("lots", 7));
        assertEquals(7, ByteSizes.parse(null, 7));
        assertEquals(0, ByteSizes.parse("0", 7));
    }
}
