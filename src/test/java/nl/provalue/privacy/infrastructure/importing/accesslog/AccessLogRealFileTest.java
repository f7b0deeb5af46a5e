package nl.provalue.privacy.infrastructure.importing.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Parses the whole sample log in src/test/resources/logs/apache_logs (10,000 combined-format lines from a
 * real server) and checks the result against values taken from each line in a simpler, independent
 * way. Skipped when the file is not there.
 */
class AccessLogRealFileTest {

    private static final Path SAMPLE = Path.of("src/test/resources/logs/apache_logs");
    private static final int SAMPLE_LINES = 10_000;
    private static final DateTimeFormatter APACHE_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    @Test
    void everyLineOfTheSampleIsAccountedFor() throws IOException {
        assertTrue(Files.isRegularFile(SAMPLE), "sample log not present: " + SAMPLE);
        // Log files are bytes; ISO-8859-1 maps each byte to one character and never fails to decode.
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        assertEquals(SAMPLE_LINES, lines.size());

        AccessLogParser parser = new AccessLogParser();
        int parsed = 0;
        int skipped = 0;
        long parsedBytes = 0;
        long expectedBytesOfParsedLines = 0;
        long expectedBytesOfAllLines = 0;
        Map<String, Integer> skipReasons = new TreeMap<>();
        List<String> skippedLines = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();

        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int lineNumber = i + 1;
            Independent expected = Independent.of(text);
            expectedBytesOfAllLines += expected.size;

            ParseResult result = parser.parse(text);
            if (result instanceof ParseResult.Parsed p) {
                parsed++;
                AccessLogLine line = p.line();
                parsedBytes += line.responseBytes();
                expectedBytesOfParsedLines += expected.size;
                if (line.responseBytes() != expected.size
                        || line.status() != expected.status
                        || !line.clientIp().equals(expected.client)
                        || !line.requestedAt().equals(expected.time)
                        || !line.method().equals(expected.method)
                        || !line.path().equals(expected.path)
                        || line.virtualHost() != null) {
                    mismatches.add(lineNumber + ": " + line + " <> " + expected);
                }
            } else {
                ParseResult.Skipped skip = assertInstanceOf(ParseResult.Skipped.class, result);
                skipped++;
                skipReasons.merge(skip.reason(), 1, Integer::sum);
                skippedLines.add(lineNumber + " (" + skip.reason() + "): " + text);
                assertFalse(skip.reason().startsWith(AccessLogParser.UNEXPECTED_ERROR), skip.reason());
                // Only a line whose quotes do not pair up may be skipped in this file.
                assertTrue(
                        expected.quotes != 6 || text.indexOf('\\') >= 0,
                        () -> "well-formed line " + lineNumber + " was skipped: " + skip.reason());
            }
        }

        System.out.printf(
                "%s: %,d lines, %,d parsed, %,d skipped %s%n", SAMPLE, lines.size(), parsed, skipped, skipReasons);
        skippedLines.forEach(line -> System.out.println("  skipped line " + line));
        System.out.printf(
                "  bytes of parsed lines: %,d (independent count: %,d); size field over all lines: %,d%n",
                parsedBytes, expectedBytesOfParsedLines, expectedBytesOfAllLines);

        assertEquals(lines.size(), parsed + skipped);
        assertEquals(SAMPLE_LINES, parsed + skipped);
        assertEquals(expectedBytesOfParsedLines, parsedBytes);
        assertEquals(0, skipped, "every line of the real log is imported, the one with a cut-off user agent too");
        assertEquals(expectedBytesOfAllLines, parsedBytes, "the traffic equals the sum of the size field");
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " lines differ, first: " + mismatches.get(0));
    }

    /**
     * The fields of a combined-format line found by splitting on the quote character: the second
     * piece is the request, the third holds " status size ". Good enough for this sample, which has
     * no escaped quotes.
     */
    private record Independent(
            int quotes, String client, Instant time, String method, String path, int status, long size) {

        static Independent of(String line) {
            String[] pieces = line.split("\"", -1);
            String[] head = pieces[0].trim().split(" ");
            String timestamp = pieces[0].substring(pieces[0].indexOf('[') + 1, pieces[0].indexOf(']'));
            String[] request = pieces[1].split(" ");
            String[] statusAndSize = pieces[2].trim().split(" ");
            String size = statusAndSize[1];
            return new Independent(
                    pieces.length - 1,
                    head[0],
                    ZonedDateTime.parse(timestamp, APACHE_TIME).toInstant(),
                    request[0],
                    request[1],
                    Integer.parseInt(statusAndSize[0]),
                    size.equals("-") ? 0 : Long.parseLong(size));
        }
    }
}
