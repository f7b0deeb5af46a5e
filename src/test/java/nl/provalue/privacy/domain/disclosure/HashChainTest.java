package nl.provalue.privacy.domain.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** P11: the register's hash chain finds every edit and every deletion. */
class HashChainTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00.123456Z");

    private static List<RegisterEvent> chain(int n) {
        List<RegisterEvent> events = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            RegisterEvent e = new RegisterEvent(
                    i,
                    i % 2 == 0 ? 2 : 1,
                    RegisterEventType.REGISTERED,
                    T.plusSeconds(i),
                    "eva.visser",
                    "state of " + (i % 2 == 0 ? 2 : 1) + " at " + i,
                    prev);
            events.add(e);
            prev = e.hash();
        }
        return events;
    }

    private static Map<Long, String> current(List<RegisterEvent> events) {
        RegisterEvent last1 = events.stream()
                .filter(e -> e.requestId() == 1)
                .reduce((a, b) -> b)
                .orElseThrow();
        RegisterEvent last2 = events.stream()
                .filter(e -> e.requestId() == 2)
                .reduce((a, b) -> b)
                .orElseThrow();
        return Map.of(1L, last1.snapshot(), 2L, last2.snapshot());
    }

    private static HashChain.Verification verify(List<RegisterEvent> events, Map<Long, String> state) {
        RegisterEvent last = events.get(events.size() - 1);
        return HashChain.verify(events, last.seq(), last.hash(), state);
    }

    @Test
    void p11_anUntouchedChainIsIntact() {
        List<RegisterEvent> events = chain(6);
        HashChain.Verification v = verify(events, current(events));
        assertTrue(v.intact(), v.problem());
        assertEquals(6, v.eventsChecked());
        assertEquals(2, v.requestsChecked());
    }

    @Test
    void p11_everyEventDependsOnItsPredecessor() {
        List<RegisterEvent> events = chain(3);
        assertEquals(HashChain.GENESIS, events.get(0).prevHash());
        assertEquals(events.get(0).hash(), events.get(1).prevHash());
        assertNotEquals(events.get(1).hash(), events.get(2).hash());
        assertEquals(64, events.get(0).hash().length());
    }

    @Test
    void p11_anEditedEventIsFound() throws Exception {
        List<RegisterEvent> events = chain(5);
        Map<Long, String> state = current(events);
        var field = RegisterEvent.class.getDeclaredField("actor");
        field.setAccessible(true);
        field.set(events.get(2), "someone.else");
        HashChain.Verification v = verify(events, state);
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSeq());
        assertTrue(v.problem().contains("altered"));
    }

    @Test
    void p11_aDeletedEventIsFound_inTheMiddleAndAtTheEnd() {
        List<RegisterEvent> events = chain(5);
        Map<Long, String> state = current(events);
        List<RegisterEvent> middle = new ArrayList<>(events);
        middle.remove(2);
        HashChain.Verification v = verify(middle, state);
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSeq());

        RegisterEvent head = events.get(4);
        List<RegisterEvent> end = new ArrayList<>(events.subList(0, 4));
        HashChain.Verification tail = HashChain.verify(end, head.seq(), head.hash(), state);
        assertFalse(tail.intact(), "the head still points at the removed event");
    }

    @Test
    void p11_aRequestEditedOrDeletedBehindTheRegistersBackIsFound() {
        List<RegisterEvent> events = chain(4);
        Map<Long, String> edited = new java.util.HashMap<>(current(events));
        edited.put(2L, "status=CLOSED");
        HashChain.Verification v = verify(events, edited);
        assertFalse(v.intact());
        assertTrue(v.problem().contains("request 2 differs"), v.problem());

        Map<Long, String> deleted = new java.util.HashMap<>(current(events));
        deleted.remove(1L);
        assertTrue(verify(events, deleted).problem().contains("request 1 was deleted"));

        Map<Long, String> smuggled = new java.util.HashMap<>(current(events));
        smuggled.put(3L, "inserted directly");
        assertTrue(verify(events, smuggled).problem().contains("request 3 has no events"));
    }
}
