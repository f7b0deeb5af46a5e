package nl.provalue.privacy.infrastructure.importing.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.provalue.privacy.infrastructure.importing.LogLine;
import nl.provalue.privacy.infrastructure.importing.accesslog.ParseResult;
import org.junit.jupiter.api.Test;

class AccessLogLineReaderTest {

    private static final String REQUEST =
            "192.0.2.10 - - [01/Dec/2026:14:05:00 +0100] \"GET /index.html HTTP/1.1\" 200 512";

    private static List<AccessLogLineReader.ParsedLine> read(List<String> texts, long replayUntil) {
        AccessLogLineReader.Preparation preparation = new AccessLogLineReader.Preparation();
        return java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> preparation.apply(
                        new LogLine(i + 1, texts.get(i), texts.get(i).length() + 1, i + 1 <= replayUntil, false)))
                .toList();
    }

    @Test
    void p6_aResumedImportGivesEachLineTheKeyTheFirstRunGaveIt() {
        // The same request three times in a second, with an unreadable line between them.
        List<String> file = List.of(REQUEST, "onleesbaar", REQUEST, "onleesbaar", REQUEST);
        List<AccessLogLineReader.ParsedLine> first = read(file, 0);
        for (long committed = 1; committed < file.size(); committed++) {
            List<AccessLogLineReader.ParsedLine> resumed = read(file, committed);
            for (int i = (int) committed; i < file.size(); i++) {
                assertEquals(first.get(i).key(), resumed.get(i).key(), "line " + (i + 1) + " after " + committed);
                assertEquals(first.get(i).result(), resumed.get(i).result());
            }
            for (int i = 0; i < committed; i++) {
                assertNull(resumed.get(i).result(), "a replayed line is not parsed again");
            }
        }
        assertNotEquals(first.get(0).key(), first.get(2).key(), "repeated requests are lines of their own");
        assertNotEquals(first.get(2).key(), first.get(4).key());
        assertInstanceOf(ParseResult.Parsed.class, first.get(0).result());
        assertInstanceOf(ParseResult.Skipped.class, first.get(1).result());
    }

    @Test
    void anOverLongLineIsNeitherParsedNorCounted() {
        AccessLogLineReader.Preparation preparation = new AccessLogLineReader.Preparation();
        AccessLogLineReader.ParsedLine cut = preparation.apply(new LogLine(1, REQUEST, 70_000, false, true));
        assertNull(cut.result());
        AccessLogLineReader.ParsedLine whole =
                preparation.apply(new LogLine(2, REQUEST, REQUEST.length() + 1, false, false));
        assertEquals(read(List.of(REQUEST), 0).get(0).key(), whole.key(), "the cut line did not count as a first copy");
    }
}
