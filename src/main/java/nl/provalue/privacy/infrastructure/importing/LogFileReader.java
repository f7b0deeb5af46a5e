package nl.provalue.privacy.infrastructure.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a log file line by line from its start and counts the bytes of every line exactly, so that
 * an import's checkpoint (lines and bytes committed) is exact. A resumed import reads the file from
 * its start again: the lines before its checkpoint rebuild state (see the batch's LogLineReader).
 * Lines end with LF or CRLF; a last line without a line end counts too. Bytes that are not UTF-8
 * are read as ISO-8859-1 (old logs mix encodings) rather than failing the import.
 */
public final class LogFileReader implements Closeable {

    /**
     * The longest line read: a longer one is kept only up to here (and marked too long), so that
     * a file of one huge line never fills the memory; all its bytes are still counted.
     */
    public static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    /** What was read from the file and not yet taken into a line: {@code chunk[pos..limit)}. */
    private final byte[] chunk = new byte[1 << 16];

    private int pos;
    private int limit;
    private byte[] buffer = new byte[1024];
    private long lineNumber;

    public LogFileReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    public LogLine next(boolean replay) throws IOException {
        int length = 0;
        long bytes = 0;
        long dropped = 0;
        byte lastDropped = 0;
        while (pos < limit || fill()) {
            int start = pos;
            int end = start;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int piece = end - start;
            int kept = Math.min(piece, MAX_LINE - length);
            if (kept > 0) {
                if (length + kept > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, Math.max(length + kept, buffer.length * 2)));
                }
                System.arraycopy(chunk, start, buffer, length, kept);
                length += kept;
            }
            if (piece > kept) {
                // Past the longest line: counted, not kept.
                dropped += piece - kept;
                lastDropped = chunk[end - 1];
            }
            bytes += piece;
            if (end < limit) {
                bytes++;
                pos = end + 1;
                break;
            }
            pos = end;
        }
        if (bytes == 0) {
            return null;
        }
        // A CR that only just did not fit is the line end, not more text.
        boolean tooLong = dropped > 1 || (dropped == 1 && lastDropped != '\r');
        if (dropped == 0 && length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        lineNumber++;
        return new LogLine(lineNumber, decode(buffer, length), bytes, replay, tooLong);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    public long lineNumber() {
        return lineNumber;
    }

    static String decode(byte[] bytes, int length) {
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
