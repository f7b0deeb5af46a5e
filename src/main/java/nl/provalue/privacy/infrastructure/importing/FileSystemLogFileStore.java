package nl.provalue.privacy.infrastructure.importing;

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
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import nl.provalue.privacy.application.importing.LogFileStore;

/**
 * Uploaded logs as files in the import directory ({@code PORTAL_IMPORT_DIR}); when several servers
 * run, that directory is shared storage so any of them can resume an import.
 */
@ApplicationScoped
public class FileSystemLogFileStore implements LogFileStore {

    @Resource(lookup = "portal/importDirectory")
    Object directorySetting;

    @Override
    public StoredLog store(String fileName, InputStream content) {
        try {
            Path dir = directory();
            Files.createDirectories(dir);
            Path target = dir.resolve(UUID.randomUUID() + ".log");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StoredLog(target.toString(), size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded log", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(StoredLog stored) {
        try {
            Files.deleteIfExists(Path.of(stored.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + stored.path(), e);
        }
    }

    private Path directory() {
        String dir = directorySetting == null ? "" : directorySetting.toString().trim();
        return dir.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), "portal-imports") : Path.of(dir);
    }
}
