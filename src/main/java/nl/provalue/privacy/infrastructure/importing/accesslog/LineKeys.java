package nl.provalue.privacy.infrastructure.importing.accesslog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 64-bit key per access-log line, so that importing a file again stores no line twice. Two
 * identical lines in one file (the same client asking the same page twice in a second) are two
 * requests: the second gets a key of its own by counting how often the text was seen recently.
 * Identical lines follow each other closely, so the last 50,000 distinct lines are remembered.
 */
public final class LineKeys {

    private static final int REMEMBERED = 50_000;

    private final MessageDigest sha;
    private final Map<Long, Integer> seen = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    public LineKeys() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the next line with this text. */
    public long next(String text) {
        long base = hash(text);
        int occurrence = seen.merge(base, 1, Integer::sum) - 1;
        return occurrence == 0 ? base : hash(text + '\u0000' + occurrence);
    }

    private long hash(String text) {
        byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }
}
