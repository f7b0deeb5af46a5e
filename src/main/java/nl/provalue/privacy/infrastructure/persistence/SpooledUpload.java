package nl.provalue.privacy.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload written to a temporary file while its SHA-256 is computed, so that its size and hash
 * are known before it is inserted as a BLOB, and the bytes are never held in memory whole.
 */
final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String sha256;

    SpooledUpload(InputStream content) {
        Path spool = null;
        try {
            spool = Files.createTempFile("upload", ".bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content, sha)) {
                this.size = Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            }
            this.sha256 = HexFormat.of().formatHex(sha.digest());
            this.file = spool;
        } catch (IOException e) {
            delete(spool);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(spool);
            throw new IllegalStateException(e);
        }
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A temporary file; the operating system cleans it up.
            }
        }
    }
}
