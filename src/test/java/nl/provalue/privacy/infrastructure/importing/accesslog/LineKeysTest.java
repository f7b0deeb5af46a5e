package nl.provalue.privacy.infrastructure.importing.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineKeysTest {

    private static final String LINE = "192.0.2.1 - - [01/Dec/2026:10:00:00 +0100] \"GET / HTTP/1.1\" 200 512";

    @Test
    void theSameFileGivesTheSameKeys_identicalLinesInOneFileDifferentOnes() {
        List<String> file = List.of(LINE, LINE, LINE.replace("512", "513"), LINE);
        LineKeys first = new LineKeys();
        List<Long> a = file.stream().map(first::next).toList();
        LineKeys second = new LineKeys();
        List<Long> b = file.stream().map(second::next).toList();
        assertEquals(a, b, "importing the file again finds the same keys");
        assertNotEquals(a.get(0), a.get(1), "two identical requests are two entries");
        assertNotEquals(a.get(1), a.get(3));
        assertEquals(4, a.stream().distinct().count());
    }
}
