package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void sizesReadTheWayTheReadersLanguageWritesThem() {
        assertEquals("512 B", Formats.ByteSize.format(512, Locale.ENGLISH));
        assertEquals("1.5 kB", Formats.ByteSize.format(1536, Locale.ENGLISH));
        assertEquals("1,5 kB", Formats.ByteSize.format(1536, Locale.forLanguageTag("nl")));
        assertEquals("10,0 GB", Formats.ByteSize.format(10L << 30, Locale.forLanguageTag("nl")));
    }
}
