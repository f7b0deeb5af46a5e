package nl.provalue.privacy.infrastructure.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.provalue.privacy.application.importing.LogFileStore;
import nl.provalue.privacy.application.importing.LogTooLargeException;

/**
 * Uploaded logs as files in the import directory ({@code PORTAL_IMPORT_DIR}); when several servers
 * run, that directory is shared storage so any of them can resume an import. A file is complete or
 * absent: an upload that breaks off, fills the disk or passes the size limit leaves nothing.
 */
@ApplicationScoped
public class FileSystemLogFileStore implements LogFileStore {

    private static final Logger LOG = Logger.getLogger(FileSystemLogFileStore.class.getName());

    /** The names {@link #store} gives. */
    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.log");

    @Resource(lookup = "portal/importDirectory")
    Object directorySetting;

    @Override
    public StoredLog store(String fileName, InputStream content, long maxBytes) {
        Path target;
        MessageDigest sha;
        try {
            Path dir = directory();
            Files.createDirectories(dir);
            target = dir.resolve(UUID.randomUUID() + ".log");
            sha = MessageDigest.getInstance("SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded log", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean complete = false;
        try (OutputStream out =
                Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = 0;
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                // long: a file of more than 2 GB is counted right, never as a negative size.
                size += n;
                if (size > maxBytes) {
                    throw new LogTooLargeException(maxBytes);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            complete = true;
            return new StoredLog(target.toString(), size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded log", e);
        } finally {
            if (!complete) {
                removePartial(target);
            }
        }
    }

    /** After a failed upload: at once, so that neither space nor personal data is left behind. */
    private static void removePartial(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot remove the partial upload " + target, e);
        }
    }

    @Override
    public List<StoredFile> writtenBefore(Instant before) {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<StoredFile> found = new ArrayList<>();
        // Only the files this store names: the directory may be shared with other things.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.log")) {
            for (Path file : files) {
                Path name = file.getFileName();
                if (name == null || !STORED_NAME.matcher(name.toString()).matches() || !Files.isRegularFile(file)) {
                    continue;
                }
                Instant written = Files.getLastModifiedTime(file).toInstant();
                if (written.isBefore(before)) {
                    found.add(new StoredFile(file.toString(), name.toString(), written));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return found;
    }

    @Override
    public void delete(StoredLog stored) {
        delete(stored.path());
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + path, e);
        }
    }

    private Path directory() {
        String dir = directorySetting == null ? "" : directorySetting.toString().trim();
        return dir.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), "portal-imports") : Path.of(dir);
    }
}
