package nl.provalue.privacy.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.provalue.privacy.domain.notification.OutgoingMail;
import nl.provalue.privacy.testsupport.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's queries against the real migrations, on an in-memory H2 in the portal's MariaDB mode
 * (no container): the schema takes the mapping as Hibernate validates it at start-up, and the
 * repository's "due" and claim agree with {@link OutgoingMail#isDue}.
 * {@code -Doutbox.db.url=jdbc:mariadb://127.0.0.1:3306/<empty database>} (with {@code outbox.db.user},
 * {@code outbox.db.password}) runs the same against MariaDB.
 */
class JpaOutgoingMailRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static InMemoryDatabase db;

    @BeforeAll
    static void migrateAndValidate() {
        db = InMemoryDatabase.migrated("outbox.db", "outbox", OutgoingMail.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void emptyOutbox() {
        db.inTransaction(em -> em.createQuery("delete from OutgoingMail").executeUpdate());
    }

    @Test
    void aMailComesBackAsItWasWritten() {
        String body =
                "Beste Eléonore,\n\nKlik op de link om uw wachtwoord opnieuw in te stellen. Daarna is hij ongeldig.";
        long id = add(new OutgoingMail("eleonore@example.nl", "Uw wachtwoord, één keer", body, T0));

        OutgoingMail read = db.inTransaction(
                em -> new JpaOutgoingMailRepository(em).find(id).orElseThrow());

        assertEquals("eleonore@example.nl", read.recipient());
        assertEquals("Uw wachtwoord, één keer", read.subject());
        assertEquals(body, read.body());
        assertEquals(T0, read.createdAt());
        assertEquals(T0, read.nextAttemptAt());
        boolean unknownIsEmpty = db.inTransaction(
                em -> new JpaOutgoingMailRepository(em).find(id + 1000).isEmpty());
        assertTrue(unknownIsEmpty);
    }

    @Test
    void dueIdsAreTheMailsThatAreDueAndUnclaimedOldestFirst() {
        Instant now = T0.plus(Duration.ofHours(1));
        long waiting = add(new OutgoingMail("a@example.nl", "due", "x", T0.plusSeconds(60)));
        long older = add(new OutgoingMail("b@example.nl", "due, older", "x", T0));
        long future = add(new OutgoingMail("c@example.nl", "not yet", "x", now.plusSeconds(1)));
        long exactlyNow = add(new OutgoingMail("d@example.nl", "due now", "x", now));
        long sent = add(mail(m -> m.markSent(T0)));
        long givenUp = add(mail(m -> {
            for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
                m.markFailed("refused", T0);
            }
        }));
        long backingOff = add(mail(m -> m.markFailed("refused", now.minusSeconds(30))));
        long claimed = add(new OutgoingMail("e@example.nl", "claimed", "x", T0));
        long claimExpired = add(new OutgoingMail("f@example.nl", "claim ran out", "x", T0));
        assertTrue(claim(claimed, "server-1", now.minusSeconds(10), now.plusSeconds(60)));
        assertTrue(claim(claimExpired, "server-1", now.minusSeconds(200), now.minusSeconds(1)));

        List<Long> due = db.inTransaction(em -> new JpaOutgoingMailRepository(em).dueIds(now, 50));

        assertEquals(List.of(older, claimExpired, waiting, exactlyNow), due);
        // The entity's rule says the same of every mail, apart from the claim, which is the database's.
        List<Long> dueByRule = new ArrayList<>();
        for (long id : List.of(waiting, older, future, exactlyNow, sent, givenUp, backingOff, claimed, claimExpired)) {
            if (db.inTransaction(em ->
                                    new JpaOutgoingMailRepository(em).find(id).orElseThrow())
                            .isDue(now)
                    && id != claimed) {
                dueByRule.add(id);
            }
        }
        assertEquals(due.stream().sorted().toList(), dueByRule.stream().sorted().toList());
        assertEquals(List.of(older), db.inTransaction(em -> new JpaOutgoingMailRepository(em).dueIds(now, 1)));
    }

    @Test
    void ofTwoServersClaimingOneMailOnlyTheFirstGetsIt() {
        long id = add(new OutgoingMail("a@example.nl", "once", "x", T0));
        Instant now = T0.plusSeconds(5);

        assertTrue(claim(id, "server-1", now, now.plus(Duration.ofMinutes(2))));
        assertFalse(claim(id, "server-2", now.plusSeconds(1), now.plus(Duration.ofMinutes(2))));
        assertTrue(db.inTransaction(
                        em -> new JpaOutgoingMailRepository(em).find(id).orElseThrow())
                .isClaimedBy("server-1"));

        // server-1 stopped without recording anything: once its claim has run out, server-2 takes over.
        assertTrue(claim(id, "server-2", now.plus(Duration.ofMinutes(3)), now.plus(Duration.ofMinutes(5))));
        assertTrue(db.inTransaction(
                        em -> new JpaOutgoingMailRepository(em).find(id).orElseThrow())
                .isClaimedBy("server-2"));
    }

    @Test
    void aSentMailCannotBeClaimed() {
        long id = add(new OutgoingMail("a@example.nl", "once", "x", T0));
        db.inTransaction(em -> {
            new JpaOutgoingMailRepository(em).find(id).orElseThrow().markSent(T0.plusSeconds(1));
            return null;
        });

        assertFalse(claim(id, "server-2", T0.plusSeconds(60), T0.plusSeconds(180)));
        assertEquals(
                "",
                db.inTransaction(
                                em -> new JpaOutgoingMailRepository(em).find(id).orElseThrow())
                        .body());
    }

    private static OutgoingMail mail(Consumer<OutgoingMail> history) {
        OutgoingMail mail = new OutgoingMail("z@example.nl", "with a history", "x", T0);
        history.accept(mail);
        return mail;
    }

    private static long add(OutgoingMail mail) {
        return db.inTransaction(
                em -> new JpaOutgoingMailRepository(em).add(mail).id());
    }

    private static boolean claim(long id, String holder, Instant now, Instant until) {
        return db.inTransaction(em -> new JpaOutgoingMailRepository(em).claim(id, holder, now, until));
    }
}
