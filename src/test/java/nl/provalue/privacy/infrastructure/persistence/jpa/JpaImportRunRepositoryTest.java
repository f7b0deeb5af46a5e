package nl.provalue.privacy.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import nl.provalue.privacy.domain.importing.ImportKind;
import nl.provalue.privacy.domain.importing.ImportRun;
import nl.provalue.privacy.domain.importing.ImportStatus;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Taking over an import whose server went silent, on the migrations on H2 in MariaDB mode: the
 * statement only checks that nothing was heard of the run since it was found abandoned; whether it
 * is abandoned is decided by {@link ImportRun#isAbandoned} alone.
 */
class JpaImportRunRepositoryTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final Duration SILENCE = Duration.ofMinutes(2);

    private static InMemoryDatabase db;

    @BeforeAll
    static void migrate() {
        db = InMemoryDatabase.migrated("importrun.db", "importrunrepository", ImportRun.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static <T> T with(Function<JpaImportRunRepository, T> work) {
        return db.inTransaction(em -> {
            JpaImportRunRepository runs = new JpaImportRunRepository();
            runs.em = em;
            return work.apply(runs);
        });
    }

    /** A run claimed by {@code node} at T, as its job does. */
    private static long running(String node) {
        long id = with(runs -> runs.add(new ImportRun(
                        ImportKind.ACCESS_LOG, null, "access.log", "/tmp/access.log", 1000, "abc", "eva.visser", T))
                .id());
        boolean claimed = with(runs -> runs.claim(id, node, 7, T));
        assertTrue(claimed);
        return id;
    }

    private static boolean takeOver(long id, String node, Instant lastHeard) {
        return with(runs -> runs.takeOver(id, node, lastHeard, T.plus(SILENCE)));
    }

    private static ImportRun load(long id) {
        return with(runs -> runs.find(id).orElseThrow());
    }

    @Test
    void aRunFoundAbandonedIsTakenOverOnce() {
        long id = running("web1/portal1/100");
        ImportRun found = load(id);
        assertTrue(found.isAbandoned(T.plus(SILENCE), SILENCE));
        assertEquals(T, found.lastHeard());

        assertTrue(takeOver(id, found.node(), found.lastHeard()));
        assertEquals(ImportStatus.INTERRUPTED, load(id).status());
        assertFalse(takeOver(id, found.node(), found.lastHeard()), "a second server finds it taken already");
    }

    @Test
    void aServerThatSpokeUpSinceKeepsItsRun() {
        long id = running("web1/portal1/100");
        ImportRun found = load(id);
        assertTrue(found.isAbandoned(T.plus(SILENCE), SILENCE));
        // Between the look and the takeover, its server says it is still at work.
        int heard =
                with(runs -> runs.heartbeat("web1/portal1/100", T.plus(SILENCE).plusMillis(1)));
        assertEquals(1, heard);

        assertFalse(takeOver(id, found.node(), found.lastHeard()));
        assertEquals(ImportStatus.RUNNING, load(id).status());
    }

    @Test
    void onlyTheServerItWasFoundOnLosesIt() {
        long id = running("web1/portal1/100");
        ImportRun found = load(id);
        assertFalse(takeOver(id, "web2/portal2/200", found.lastHeard()));
        assertEquals(ImportStatus.RUNNING, load(id).status());
    }
}
