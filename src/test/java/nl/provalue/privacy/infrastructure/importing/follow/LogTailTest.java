package nl.provalue.privacy.infrastructure.importing.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** P4: only complete lines of the followed log are handed over, and the lines before start at a line start. */
class LogTailTest {

    @TempDir
    Path dir;

    private FileChannel file(String content) throws IOException {
        Path f = dir.resolve("maillog");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return FileChannel.open(f);
    }

    @Test
    void p4_aLineStillBeingWrittenIsNotTakenYet() throws IOException {
        try (FileChannel c = file("een\ntwee\ndrie zonder einde")) {
            assertEquals(9, LogTail.completeLinesEnd(c, 0, c.size()));
            assertEquals(9, LogTail.completeLinesEnd(c, 4, c.size()));
            assertEquals(9, LogTail.completeLinesEnd(c, 9, c.size()), "nothing complete after the last line end");
            assertEquals(4, LogTail.completeLinesEnd(c, 0, 8), "a limit inside a line stops at the line before");
        }
    }

    @Test
    void p4_completeLinesAreFoundFarBackInALargeFile() throws IOException {
        String longLine = "x".repeat(200_000);
        try (FileChannel c = file("kort\n" + longLine)) {
            assertEquals(5, LogTail.completeLinesEnd(c, 0, c.size()));
        }
    }

    @Test
    void p4_theLinesBeforeAPositionStartAtALineStart() throws IOException {
        try (FileChannel c = file("aaaa\nbbbb\ncccc\n")) {
            assertEquals(0, LogTail.linesBefore(c, 10, 100), "the whole file when it is short");
            assertEquals(5, LogTail.linesBefore(c, 10, 5), "exactly at a line start");
            assertEquals(5, LogTail.linesBefore(c, 10, 7), "moved forward to the next line start");
            assertEquals(10, LogTail.linesBefore(c, 10, 3), "no whole line fits");
        }
    }

    @Test
    void p4_rangesAreCountedAndJoinedInOrder() throws IOException {
        try (FileChannel c = file("aaaa\nbbbb\ncccc\n")) {
            List<LogTail.Range> ranges = List.of(new LogTail.Range(c, 10, 15), new LogTail.Range(c, 0, 5));
            assertEquals(2, LogTail.countLines(ranges));
            assertEquals("cccc\naaaa\n", new String(LogTail.concat(ranges).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void p4_aRenamedFileIsFoundByItsIdentity() throws IOException {
        Path log = dir.resolve("maillog");
        Files.writeString(log, "a\n");
        String key = LogTail.seen(log).orElseThrow().key();
        Files.move(log, dir.resolve("maillog.1"));
        Files.writeString(log, "b\n");
        assertNotEquals(key, LogTail.seen(log).orElseThrow().key());
        FollowPlan.Seen found = LogTail.findByKey(dir, key).orElseThrow();
        assertEquals(dir.resolve("maillog.1").toString(), found.path());
        assertTrue(LogTail.seen(dir.resolve("nothing")).isEmpty());
    }
}
