package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void linesAreReadWithTheirNumbersAndEmptyLinesAreSkipped() throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(
                "{\"a\":1}\r\n\n{\"b\":\"é\"}\n  \n{\"c\":3}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new NdjsonLines.Line(1, "{\"a\":1}", null), lines.next());
        assertEquals(new NdjsonLines.Line(3, "{\"b\":\"é\"}", null), lines.next());
        assertEquals(new NdjsonLines.Line(5, "{\"c\":3}", null), lines.next(), "the last line needs no newline");
        assertNull(lines.next());
        assertNull(lines.next());
    }

    @Test
    void aLineTooLongOrNotUtf8IsReportedNotCutAndTheNextLineIsRead() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"x\":\"".getBytes(StandardCharsets.US_ASCII));
        body.write("a".repeat(NdjsonLines.MAX_LINE).getBytes(StandardCharsets.US_ASCII));
        body.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[] {'{', '"', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        body.write("{}\n".getBytes(StandardCharsets.US_ASCII));
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(body.toByteArray()));
        assertEquals(new NdjsonLines.Line(1, null, "a line has at most 2 MB"), lines.next());
        assertEquals(new NdjsonLines.Line(2, null, "not UTF-8"), lines.next());
        assertEquals(new NdjsonLines.Line(3, "{}", null), lines.next());
        assertNull(lines.next());
    }
}
