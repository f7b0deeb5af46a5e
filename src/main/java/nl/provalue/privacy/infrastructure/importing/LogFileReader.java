package nl.provalue.privacy.infrastructure.importing;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a log file line by line and counts the bytes of every line exactly, so that an import's
 * checkpoint (lines and bytes committed) says exactly where a resumed import continues.
 * Lines end with LF or CRLF; a last line without a line end counts too. Bytes that are not UTF-8
 * are read as ISO-8859-1 (old logs mix encodings) rather than failing the import.
 */
public final class LogFileReader implements Closeable {

    /** Longer lines are cut here (the rest is still counted in the line's bytes). */
    public static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[1024];
    private long lineNumber;

    public LogFileReader(InputStream in, long skipBytes, long linesBefore) throws IOException {
        this.in = new BufferedInputStream(in, 1 << 16);
        long left = skipBytes;
        while (left > 0) {
            long skipped = this.in.skip(left);
            if (skipped <= 0) {
                if (this.in.read() < 0) {
                    throw new IOException("The file is shorter than the checkpoint (" + skipBytes + " bytes)");
                }
                skipped = 1;
            }
            left -= skipped;
        }
        this.lineNumber = linesBefore;
    }

    /** The next line, or null at the end of the file. */
    public LogLine next(boolean replay) throws IOException {
        int length = 0;
        int bytes = 0;
        int b;
        while ((b = in.read()) >= 0) {
            bytes++;
            if (b == '\n') {
                break;
            }
            if (length < MAX_LINE) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
                }
                buffer[length++] = (byte) b;
            }
        }
        if (bytes == 0) {
            return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        lineNumber++;
        return new LogLine(lineNumber, decode(buffer, length), bytes, replay);
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
