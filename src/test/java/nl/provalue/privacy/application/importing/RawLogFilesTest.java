package nl.provalue.privacy.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.domain.importing.RawLogFileRetention;
import nl.provalue.privacy.infrastructure.persistence.jpa.JpaImportRunRepository;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * P4: the raw-file deletion against the real migrations on H2 (no container): the repository's
 * query finds exactly the files {@link RawLogFileRetention} calls due, to the second; each deleted
 * file is recorded in its import, and an import whose file is gone cannot be requeued.
 * {@code -Drawfiles.db.url=jdbc:mariadb://127.0.0.1:3306/<empty database>} runs it against MariaDB.
 */
class RawLogFilesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final RawLogFileRetention RULE = new RawLogFileRetention(Duration.ofDays(7));

    private static InMemoryDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() {
        db = InMemoryDatabase.migrated("rawfiles.db", "rawfiles", ImportRun.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(em -> em.createQuery("delete from ImportRun").executeUpdate());
        uploads = dir;
    }

    private record Stored(long id, Path file, ImportStatus status, Instant finishedAt) {}

    private Stored run(ImportStatus status, Instant finishedAt) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".log");
        Files.writeString(file, "a log line\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(NOW.minus(Duration.ofDays(60))));
        long id = db.inTransaction(em -> {
            ImportRun run = new ImportRun(
                    ImportKind.POSTFIX,
                    null,
                    "mail.log",
                    file.toString(),
                    11,
                    "abc",
                    "eva.visser",
                    NOW.minus(Duration.ofDays(30)));
            switch (status) {
                case COMPLETED -> run.completed(finishedAt, null);
                case FAILED -> run.failed(finishedAt, "stopped");
                case INTERRUPTED -> run.interrupted(finishedAt);
                default -> {}
            }
            em.persist(run);
            return run.id();
        });
        if (status == ImportStatus.RUNNING) {
            db.inTransaction(em -> em.createQuery("update ImportRun r set r.status = :s where r.id = :id")
                    .setParameter("s", ImportStatus.RUNNING)
                    .setParameter("id", id)
                    .executeUpdate());
        }
        return new Stored(id, file, status, finishedAt);
    }

    /** The service as the container wires it, over this test's entity manager and directory. */
    /** The store's directory in this test: files written long before {@link #NOW} unless a test says otherwise. */
    private static Path uploads;

    private static RawLogFiles rawLogFiles(EntityManager em) {
        JpaImportRunRepository repository = new JpaImportRunRepository();
        try {
            Field field = JpaImportRunRepository.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(repository, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        RawLogFiles files = new RawLogFiles();
        files.runs = repository;
        files.files = new LogFileStore() {
            @Override
            public StoredLog store(String fileName, InputStream content, long maxBytes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<StoredFile> writtenBefore(Instant before) {
                try (java.util.stream.Stream<Path> all = Files.list(uploads)) {
                    List<StoredFile> found = new ArrayList<>();
                    for (Path p : all.toList()) {
                        Instant written = Files.getLastModifiedTime(p).toInstant();
                        if (written.isBefore(before)) {
                            found.add(
                                    new StoredFile(p.toString(), p.getFileName().toString(), written));
                        }
                    }
                    return found;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
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
                    throw new UncheckedIOException(e);
                }
            }
        };
        files.settings = new ImportSettings() {
            @Override
            public long maxFileBytes() {
                return 1 << 20;
            }

            @Override
            public RawLogFileRetention rawFiles() {
                return RULE;
            }
        };
        return files;
    }

    private int deleteDue(Instant now, int limit) {
        return db.inTransaction(em -> rawLogFiles(em).deleteDue(now, limit));
    }

    private static Instant deletedAt(Stored s) {
        return db.inTransaction(em -> em.find(ImportRun.class, s.id()).rawFileDeletedAt());
    }

    @Test
    void p4_theRuleDeletesExactlyTheFilesTheDomainRuleCallsDueAndRecordsWhen() throws IOException {
        List<Stored> all = new ArrayList<>();
        Instant limit = RULE.failedCutoff(NOW);
        all.add(run(ImportStatus.COMPLETED, NOW.minusSeconds(5)));
        all.add(run(ImportStatus.COMPLETED, NOW));
        all.add(run(ImportStatus.FAILED, limit.minusSeconds(1)));
        all.add(run(ImportStatus.FAILED, limit));
        all.add(run(ImportStatus.FAILED, limit.plusSeconds(1)));
        all.add(run(ImportStatus.INTERRUPTED, limit.minus(Duration.ofDays(3))));
        all.add(run(ImportStatus.INTERRUPTED, limit.plusSeconds(60)));
        all.add(run(ImportStatus.QUEUED, null));
        all.add(run(ImportStatus.RUNNING, null));

        long expected = all.stream()
                .filter(s -> RULE.isDue(s.status(), s.finishedAt(), NOW))
                .count();
        assertEquals(5, expected);
        assertEquals(2, deleteDue(NOW, 2), "no more than a batch");
        assertEquals(3, deleteDue(NOW, 10));
        assertEquals(0, deleteDue(NOW, 10), "a rerun finds nothing more");

        for (Stored s : all) {
            boolean due = RULE.isDue(s.status(), s.finishedAt(), NOW);
            assertEquals(!due, Files.exists(s.file()), s.toString());
            if (due) {
                assertEquals(NOW, deletedAt(s), s.toString());
            } else {
                assertNull(deletedAt(s), s.toString());
            }
        }
        assertEquals(1, deleteDue(NOW.plusSeconds(1), 10), "a second later, the failed import a second younger");
    }

    @Test
    void p4_aCompletedImportsFileGoesAtOnceAndAFailedOneWaits() throws IOException {
        Stored done = run(ImportStatus.COMPLETED, NOW.minusMillis(10));
        Stored failed = run(ImportStatus.FAILED, NOW.minusMillis(10));
        assertTrue(db.<Boolean>inTransaction(
                em -> rawLogFiles(em).deleteAfterImport(em.find(ImportRun.class, done.id()), NOW)));
        assertFalse(Files.exists(done.file()));
        assertNotNull(deletedAt(done));
        assertFalse(db.<Boolean>inTransaction(
                em -> rawLogFiles(em).deleteAfterImport(em.find(ImportRun.class, failed.id()), NOW)));
        assertTrue(Files.exists(failed.file()));
        assertNull(deletedAt(failed));
    }

    @Test
    void p4_aFailedImportWhoseFileIsDeletedIsNotRequeuedButOneWhoseFileIsThereIs() throws IOException {
        Stored old = run(ImportStatus.FAILED, RULE.failedCutoff(NOW).minusSeconds(1));
        Stored recent = run(ImportStatus.FAILED, NOW.minusSeconds(60));
        assertEquals(1, deleteDue(NOW, 10));
        assertFalse(db.<Boolean>inTransaction(em -> rawLogFiles(em).runs.requeue(old.id())));
        assertTrue(db.<Boolean>inTransaction(em -> rawLogFiles(em).runs.requeue(recent.id())));
    }

    @Test
    void p4_aFileNoImportRecordsGoesADayAfterItWasLastWritten_recordedOnesStay() throws IOException {
        Stored recorded = run(ImportStatus.FAILED, NOW.minusSeconds(60));
        Path leftOver = Files.writeString(dir.resolve("left-over.log"), "half an upl");
        Files.setLastModifiedTime(
                leftOver,
                java.nio.file.attribute.FileTime.from(RULE.unrecordedCutoff(NOW).minusSeconds(1)));
        Path underWay = Files.writeString(dir.resolve("under-way.log"), "still arriv");
        Files.setLastModifiedTime(
                underWay,
                java.nio.file.attribute.FileTime.from(RULE.unrecordedCutoff(NOW).plusSeconds(1)));

        assertEquals(1, deleteDue(NOW, 10));
        assertFalse(Files.exists(leftOver), "recorded by no import and untouched for a day: deleted");
        assertTrue(Files.exists(underWay), "written to less than a day ago: perhaps still arriving");
        assertTrue(Files.exists(recorded.file()), "recorded, and its import's limit has not passed");
        assertEquals(0, deleteDue(NOW, 10));
    }
}
