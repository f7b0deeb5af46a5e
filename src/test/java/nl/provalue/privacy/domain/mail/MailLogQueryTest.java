package nl.provalue.privacy.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** P4: a mail-log page is found by keyset; a filter and its order carry over from page to page. */
class MailLogQueryTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void p4_theFirstPageHasNoCursorAndTheUsualSize() {
        MailLogQuery q = new MailLogQuery("Info@Example.nl", " ", "SENT", null, null, true);
        assertNull(q.afterTime());
        assertNull(q.afterId());
        assertEquals(MailLogQuery.DEFAULT_PAGE_SIZE, q.pageSize());
        assertEquals("info@example.nl", q.mailbox(), "addresses compare in lower case");
        assertNull(q.address(), "a blank filter is no filter");
        assertEquals("sent", q.status());
    }

    @Test
    void p4_continuingKeepsFilterOrderAndSizeAndSetsTheCursor() {
        MailLogQuery q = new MailLogQuery(null, "jan", "bounced", T.minusSeconds(3600), T, false).withPageSize(50);
        MailLogQuery next = q.continueFrom(T.minusSeconds(60), 42, false);
        assertEquals(T.minusSeconds(60), next.afterTime());
        assertEquals(42L, next.afterId());
        assertFalse(next.backwards());
        assertEquals(50, next.pageSize());
        assertEquals("jan", next.address());
        assertEquals("bounced", next.status());
        assertFalse(next.newestFirst());
        assertTrue(q.continueFrom(T, 7, true).backwards());
        assertNull(next.withPageSize(100).afterTime(), "another page size starts again at the first page");
    }

    @Test
    void p4_aCursorHasATimeAndAnIdAndPagesAreBounded() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new MailLogQuery(null, null, null, null, null, true, T, null, false, 25));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MailLogQuery(null, null, null, null, null, true, null, 5L, false, 25));
        assertThrows(IllegalArgumentException.class, () -> MailLogQuery.ALL.withPageSize(0));
        assertThrows(
                IllegalArgumentException.class, () -> MailLogQuery.ALL.withPageSize(MailLogQuery.MAX_PAGE_SIZE + 1));
        assertThrows(
                IllegalArgumentException.class, () -> new MailLogQuery(null, null, null, T, T.minusSeconds(1), true));
    }

    @Test
    void p4_onlyMailboxAndAddressFiltersLookThroughAWindowAndGoUncounted() {
        assertFalse(new MailLogQuery(null, null, null, null, null, true).filtered());
        assertFalse(
                new MailLogQuery(null, " ", "bounced", Instant.EPOCH, Instant.now(), true).filtered(),
                "status and dates follow the indexes");
        assertTrue(new MailLogQuery("info@example.nl", null, null, null, null, true).filtered());
        assertTrue(new MailLogQuery(null, "example", null, null, null, true).filtered());
    }

    @Test
    void p4_aPageContinuesFromAPosition() {
        MailLogQuery first = new MailLogQuery(null, "example", null, null, null, true);
        assertNull(first.cursor());
        nl.provalue.privacy.domain.shared.LogPosition p =
                new nl.provalue.privacy.domain.shared.LogPosition(Instant.parse("2026-11-30T23:30:00Z"), 7);
        MailLogQuery next = first.continueFrom(p, false);
        assertEquals(p, next.cursor());
        assertEquals("example", next.address());
        assertTrue(first.continueFrom(p, true).backwards());
    }
}
