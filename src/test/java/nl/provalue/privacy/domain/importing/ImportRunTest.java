package nl.provalue.privacy.domain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportRunTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static ImportRun run() {
        return new ImportRun(ImportKind.POSTFIX, null, "mail.log", "/tmp/x.log", 1000, "abc", "eva.visser", T);
    }

    @Test
    void aFinishedImportOfWhichNoLineCouldBeReadIsToldApart() {
        assertTrue(ImportRun.nothingReadable(ImportStatus.COMPLETED, 6, 6));
        assertFalse(ImportRun.nothingReadable(ImportStatus.COMPLETED, 6, 5), "one line was read");
        assertFalse(ImportRun.nothingReadable(ImportStatus.COMPLETED, 0, 0), "an empty file is refused before");
        assertFalse(ImportRun.nothingReadable(ImportStatus.RUNNING, 6, 6), "not finished");
    }

    @Test
    void chunksAddUpAndProgressFollowsTheBytesRead() {
        ImportRun r = run();
        assertEquals(ImportStatus.QUEUED, r.status());
        r.chunkDone(new ImportTally(10, 400, 3, 1, 4, 1, 1, 9000));
        r.chunkDone(new ImportTally(10, 500, 2, 0, 6, 2, 0, 1000));
        assertEquals(20, r.linesDone());
        assertEquals(900, r.bytesDone());
        assertEquals(5, r.imported());
        assertEquals(1, r.duplicates());
        assertEquals(10, r.ignored());
        assertEquals(3, r.skipped());
        assertEquals(10_000, r.bytesCounted());
        assertEquals(90, r.percentDone());
        r.completed(T.plusSeconds(5), null);
        assertEquals(100, r.percentDone());
    }

    @Test
    void canResumeOnlyWhatFailedOrWasInterrupted() {
        assertEquals(false, ImportStatus.QUEUED.canResume());
        assertEquals(false, ImportStatus.COMPLETED.canResume());
        assertEquals(true, ImportStatus.FAILED.canResume());
        assertEquals(true, ImportStatus.INTERRUPTED.canResume());
        ImportRun r = run();
        r.interrupted(T.plusSeconds(1));
        assertEquals(ImportStatus.INTERRUPTED, r.status());
    }

    @Test
    void anAccessLogWithoutAWebsiteIsPlacedByVirtualHost() {
        ImportRun shared = new ImportRun(ImportKind.ACCESS_LOG, null, "a.log", "/tmp/a", 1, "x", "eva", T);
        assertEquals(null, shared.websiteId());
        assertEquals(ImportStatus.QUEUED, shared.status());
    }

    @Test
    void p4_aFailedImportWhoseFileIsDeletedCannotBeResumed() {
        ImportRun r = run();
        r.failed(T.plusSeconds(60), "stopped");
        assertEquals(true, r.canResume());
        r.rawFileDeleted(T.plusSeconds(120));
        assertEquals(false, r.canResume());
        r.rawFileDeleted(T.plusSeconds(999));
        assertEquals(T.plusSeconds(120), r.rawFileDeletedAt(), "the first deletion is the one recorded");
    }

    @Test
    void aRemarkFoundWhileReadingStaysWhenTheImportCompletes() {
        ImportRun r = run();
        r.remark("Line 3 is too long");
        r.remark("Line 9 is too long");
        r.completed(T.plusSeconds(5), null);
        assertEquals("Line 3 is too long", r.detail());
    }

    /** A run as the repository's claim leaves it: running on a server for one job execution. */
    private static ImportRun runningOn(String node, long execution, Instant heartbeat)
            throws ReflectiveOperationException {
        ImportRun r = run();
        set(r, "status", ImportStatus.RUNNING);
        set(r, "node", node);
        set(r, "jobExecutionId", execution);
        set(r, "startedAt", T);
        if (heartbeat != null) {
            r.heartbeat(heartbeat);
        }
        return r;
    }

    private static void set(ImportRun r, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = ImportRun.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(r, value);
    }

    @Test
    void onlyTheJobExecutionThatClaimedTheRunHoldsIt() throws ReflectiveOperationException {
        ImportRun r = runningOn("web1/portal1/100", 7, T);
        assertEquals(true, r.isHeldBy("web1/portal1/100", 7));
        assertEquals(false, r.isHeldBy("web1/portal1/100", 8), "a later execution (a resumption) took it");
        assertEquals(false, r.isHeldBy("web2/portal2/200", 7), "another server took it");
        r.interrupted(T.plusSeconds(60));
        assertEquals(false, r.isHeldBy("web1/portal1/100", 7), "taken over: no longer running");
        assertEquals(false, run().isHeldBy("web1/portal1/100", 7), "queued: held by no one");
    }

    @Test
    void aRunIsAbandonedWhenItsServerHasBeenSilentForTheWholeSpan() throws ReflectiveOperationException {
        java.time.Duration silence = java.time.Duration.ofMinutes(2);
        ImportRun r = runningOn("web1/portal1/100", 7, T.plusSeconds(30));
        assertEquals(false, r.isAbandoned(T.plusSeconds(149), silence), "heard of 119 s ago");
        assertEquals(true, r.isAbandoned(T.plusSeconds(150), silence), "heard of 120 s ago");
        r.heartbeat(T.plusSeconds(150));
        assertEquals(false, r.isAbandoned(T.plusSeconds(150), silence), "it spoke up again");
        assertEquals(T.plusSeconds(150), r.lastHeard());
        ImportRun silentFromTheStart = runningOn("web1/portal1/100", 7, null);
        ImportRun startedLater = runningOn("web1/portal1/100", 7, null);
        set(startedLater, "startedAt", T.plusSeconds(10));
        assertEquals(T.plusSeconds(10), startedLater.lastHeard(), "no heartbeat yet: its start");
        assertEquals(T, run().lastHeard(), "never started: when it was made");
        assertEquals(true, silentFromTheStart.isAbandoned(T.plusSeconds(120), silence), "counted from its start");
        assertEquals(
                false,
                run().isAbandoned(T.plusSeconds(3600), silence),
                "a queued run waits for a job, it is not abandoned");
    }
}
