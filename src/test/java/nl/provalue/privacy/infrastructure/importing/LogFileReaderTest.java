package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogFileReaderTest {

    private static List<LogLine> all(byte[] bytes, long skip, long before) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (LogFileReader r = new LogFileReader(new ByteArrayInputStream(bytes), skip, before)) {
            for (LogLine l = r.next(false); l != null; l = r.next(false)) {
                lines.add(l);
            }
        }
        return lines;
    }

    @Test
    void countsEveryByteOfEveryLineIncludingLineEnds() throws IOException {
        byte[] file = "eerste\r\ntweede\n\nlaatste zonder einde".getBytes(StandardCharsets.UTF_8);
        List<LogLine> lines = all(file, 0, 0);
        assertEquals(4, lines.size());
        assertEquals("eerste", lines.get(0).text());
        assertEquals(8, lines.get(0).bytes());
        assertEquals("", lines.get(2).text());
        assertEquals("laatste zonder einde", lines.get(3).text());
        assertEquals(file.length, lines.stream().mapToLong(LogLine::bytes).sum());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void resumesExactlyAtACheckpoint() throws IOException {
        byte[] file = "een\ntwee\ndrie\nvier\n".getBytes(StandardCharsets.UTF_8);
        List<LogLine> rest = all(file, 9, 2);
        assertEquals(List.of("drie", "vier"), rest.stream().map(LogLine::text).toList());
        assertEquals(3, rest.get(0).number());
        assertThrows(IOException.class, () -> all(file, 100, 0));
    }

    @Test
    void readsUtf8AndFallsBackToLatin1ForOtherBytes() throws IOException {
        byte[] utf8 = "café\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("café", all(utf8, 0, 0).get(0).text());
        byte[] latin1 = "café\n".getBytes(StandardCharsets.ISO_8859_1);
        List<LogLine> lines = all(latin1, 0, 0);
        assertEquals("café", lines.get(0).text());
        assertEquals(5, lines.get(0).bytes());
    }

    @Test
    void cutsOverlongLinesButCountsAllTheirBytes() throws IOException {
        byte[] file = ("x".repeat(LogFileReader.MAX_LINE + 10) + "\nnext\n").getBytes(StandardCharsets.US_ASCII);
        List<LogLine> lines = all(file, 0, 0);
        assertEquals(LogFileReader.MAX_LINE, lines.get(0).text().length());
        assertEquals(LogFileReader.MAX_LINE + 11, lines.get(0).bytes());
        assertEquals("next", lines.get(1).text());
        assertNull(new LogFileReader(new ByteArrayInputStream(new byte[0]), 0, 0).next(false));
    }
}
