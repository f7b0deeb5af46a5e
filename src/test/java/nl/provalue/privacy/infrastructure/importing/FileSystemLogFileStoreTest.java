package nl.provalue.privacy.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.provalue.privacy.application.importing.LogFileStore;
import nl.provalue.privacy.application.importing.LogFileStore.StoredLog;
import nl.provalue.privacy.application.importing.LogTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** P4: an upload is stored whole or not at all; no partial file with personal data stays behind. */
class FileSystemLogFileStoreTest {

    @TempDir
    Path dir;

    private FileSystemLogFileStore store() {
        FileSystemLogFileStore store = new FileSystemLogFileStore();
        store.directorySetting = dir.toString();
        return store;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Gives {@code before} bytes, then fails as a broken connection or a full disk does. */
    private static InputStream breakingAfter(int before) {
        return new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given == before) {
                    throw new IOException("connection reset");
                }
                given++;
                return 'a';
            }
        };
    }

    @Test
    void storesTheWholeContentWithItsSizeAndHash() throws IOException {
        byte[] log =
                "Dec  1 10:00:00 mx1 postfix/qmgr[1]: ABC: from=<a@b.nl>, size=1\n".getBytes(StandardCharsets.UTF_8);
        StoredLog stored = store().store("mail.log", new ByteArrayInputStream(log), 1000);
        assertEquals(log.length, stored.size());
        assertEquals(64, stored.sha256().length());
        assertEquals(List.of(Path.of(stored.path())), files());
        store().delete(stored.path());
        store().delete(stored.path());
        assertEquals(List.of(), files(), "deleted, and deleting again is no error");
    }

    @Test
    void p4_anUploadThatBreaksOffLeavesNoPartialFile() throws IOException {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> store().store("mail.log", breakingAfter(200_000), 1 << 20));
        assertEquals("connection reset", e.getCause().getMessage());
        assertEquals(List.of(), files());
        StoredLog next =
                store().store("mail.log", new ByteArrayInputStream("x\n".getBytes(StandardCharsets.US_ASCII)), 1 << 20);
        assertEquals(2, next.size(), "the next upload is stored");
    }

    @Test
    void p4_anUploadOverTheLimitIsRefusedAndLeavesNoPartialFile() throws IOException {
        byte[] log = "x".repeat(100_001).getBytes(StandardCharsets.US_ASCII);
        LogTooLargeException e = assertThrows(
                LogTooLargeException.class, () -> store().store("mail.log", new ByteArrayInputStream(log), 100_000));
        assertEquals(100_000, e.maxBytes());
        assertEquals(List.of(), files());
        assertEquals(
                100_000,
                store().store("mail.log", new ByteArrayInputStream(log, 0, 100_000), 100_000)
                        .size(),
                "exactly the limit is allowed");
        assertTrue(files().size() == 1);
    }

    @Test
    void listsOnlyItsOwnFilesWrittenBeforeAMoment() throws IOException {
        StoredLog old =
                store().store("a.log", new ByteArrayInputStream("a\n".getBytes(StandardCharsets.US_ASCII)), 100);
        StoredLog recent =
                store().store("b.log", new ByteArrayInputStream("b\n".getBytes(StandardCharsets.US_ASCII)), 100);
        Path foreign = Files.writeString(dir.resolve("notes.log"), "not an upload");
        Instant longAgo = Instant.parse("2026-11-01T00:00:00Z");
        Files.setLastModifiedTime(Path.of(old.path()), FileTime.from(longAgo));
        Files.setLastModifiedTime(foreign, FileTime.from(longAgo));

        List<LogFileStore.StoredFile> found = store().writtenBefore(longAgo.plusSeconds(1));
        assertEquals(
                List.of(new LogFileStore.StoredFile(
                        old.path(), Path.of(old.path()).getFileName().toString(), longAgo)),
                found);
        assertEquals(2, store().writtenBefore(Instant.now().plusSeconds(60)).size(), "never a file it did not make");
        assertTrue(Files.exists(Path.of(recent.path())));
    }
}
