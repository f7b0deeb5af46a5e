package nl.provalue.privacy.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-delimited JSON one line at a time, in constant memory: a line longer than
 * {@link #MAX_LINE} bytes or not UTF-8 is reported as such (and skipped to its end), never cut or
 * repaired. A carriage return before the newline and empty lines are allowed.
 */
final class NdjsonLines {

    /** The longest line: a customer with the most domain names, mailboxes and websites fits many times. */
    static final int MAX_LINE = JsonBodyLimits.MAX_BYTES;

    /** One line: its number (from 1), its text, or why it could not be read. */
    record Line(long number, String text, String problem) {}

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private long number;
    private boolean ended;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line that is not empty, or null at the end of the body. */
    Line next() throws IOException {
        while (!ended) {
            buffer.reset();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (buffer.size() < MAX_LINE) {
                    buffer.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == -1) {
                ended = true;
                if (buffer.size() == 0 && !tooLong) {
                    return null;
                }
            }
            number++;
            if (tooLong) {
                return new Line(number, null, "a line has at most " + MAX_LINE / (1024 * 1024) + " MB");
            }
            byte[] bytes = buffer.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length))
                        .toString();
            } catch (CharacterCodingException e) {
                return new Line(number, null, "not UTF-8");
            }
            if (!text.isBlank()) {
                return new Line(number, text, null);
            }
        }
        return null;
    }
}
