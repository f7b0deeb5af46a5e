package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFileReaderTest {

    private static List<LogLine> all(byte[] bytes) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (LogFileReader r = new LogFileReader(new ByteArrayInputStream(bytes))) {
            for (LogLine l = r.next(false); l != null; l = r.next(false)) {
                lines.add(l);
            }
        }
        return lines;
    }

    @Test
    void countsEveryByteOfEveryLineIncludingLineEnds() throws IOException {
        byte[] file = "eerste\r\ntweede\n\nlaatste zonder einde".getBytes(StandardCharsets.UTF_8);
        List<LogLine> lines = all(file);
        assertEquals(4, lines.size());
        assertEquals("eerste", lines.get(0).text());
        assertEquals(8, lines.get(0).bytes());
        assertEquals("", lines.get(2).text());
        assertEquals("laatste zonder einde", lines.get(3).text());
        assertEquals(file.length, lines.stream().mapToLong(LogLine::bytes).sum());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void readsUtf8AndFallsBackToLatin1ForOtherBytes() throws IOException {
        byte[] utf8 = "café\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("café", all(utf8).get(0).text());
        byte[] latin1 = "café\n".getBytes(StandardCharsets.ISO_8859_1);
        List<LogLine> lines = all(latin1);
        assertEquals("café", lines.get(0).text());
        assertEquals(5, lines.get(0).bytes());
    }

    @Test
    void cutsOverlongLinesButCountsAllTheirBytes() throws IOException {
        byte[] file = ("x".repeat(LogFileReader.MAX_LINE + 10) + "\nnext\n").getBytes(StandardCharsets.US_ASCII);
        List<LogLine> lines = all(file);
        assertEquals(LogFileReader.MAX_LINE, lines.get(0).text().length());
        assertEquals(LogFileReader.MAX_LINE + 11, lines.get(0).bytes());
        assertTrue(lines.get(0).tooLong());
        assertEquals("next", lines.get(1).text());
        assertFalse(lines.get(1).tooLong());
        assertNull(new LogFileReader(new ByteArrayInputStream(new byte[0])).next(false));
    }

    @Test
    void aLineOfExactlyTheMaximumIsNotTooLong() throws IOException {
        byte[] file = ("y".repeat(LogFileReader.MAX_LINE) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        LogLine line = all(file).get(0);
        assertEquals(LogFileReader.MAX_LINE, line.text().length());
        assertFalse(line.tooLong());
    }

    /** P4: once a 2 GB line made the byte count negative; it is counted in a long and kept short in memory. */
    @Test
    void p4_aLineOfMoreThan2GbIsCountedExactlyAndMarkedTooLongWithoutFillingTheMemory() throws IOException {
        long huge = Integer.MAX_VALUE + 10L;
        InputStream file = new SequenceInputStream(
                new RepeatedByte('x', huge), new ByteArrayInputStream("\nnext\n".getBytes(StandardCharsets.US_ASCII)));
        try (LogFileReader r = new LogFileReader(file)) {
            LogLine first = r.next(false);
            assertEquals(huge + 1, first.bytes(), "every byte and the line end, never a negative count");
            assertTrue(first.tooLong());
            assertEquals(LogFileReader.MAX_LINE, first.text().length(), "only the start is held");
            assertTrue(first.tooLongRemark().startsWith("Line 1 is longer than 64 KiB"), first.tooLongRemark());
            LogLine next = r.next(false);
            assertEquals("next", next.text());
            assertEquals(2, next.number());
        }
    }

    /** A stream of {@code count} equal bytes, made up as it is read. */
    private static final class RepeatedByte extends InputStream {
        private final int value;
        private long left;

        RepeatedByte(int value, long count) {
            this.value = value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) value);
            left -= n;
            return n;
        }
    }
}
