package nl.provalue.privacy.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import nl.provalue.privacy.domain.shared.LogPosition;
import org.junit.jupiter.api.Test;

/** P6: which filters a page of the access log takes, and which it refuses. */
class AccessLogQueryTest {

    private static AccessLogQuery query(String ip, String path) {
        return new AccessLogQuery(7, null, null, ip, path, true, null, null, false, 50);
    }

    @Test
    void p6_onlyAddressAndPageFiltersLookThroughAWindow() {
        assertFalse(query(null, null).filtered());
        assertFalse(query("  ", "").filtered(), "blank is no filter");
        assertTrue(query("192.0.2.", null).filtered());
        assertTrue(query(null, "/contact").filtered());
        assertFalse(
                new AccessLogQuery(7, Instant.EPOCH, Instant.now(), null, null, true, null, null, false, 50).filtered(),
                "dates follow the index");
    }

    @Test
    void p6_aPageContinuesFromAPosition() {
        AccessLogQuery first = query("10.", null);
        assertNull(first.cursor());
        LogPosition p = new LogPosition(Instant.parse("2026-11-30T23:30:00Z"), 42);
        AccessLogQuery next = first.continueFrom(p, false);
        assertEquals(p, next.cursor());
        assertEquals("10.", next.ipPrefix(), "same filters");
        assertTrue(first.continueFrom(p, true).backwards());
    }

    @Test
    void p6_overLongOrMalformedFiltersAreRefusedNotCut() {
        assertEquals(
                Optional.empty(), AccessLogQuery.refusedFilter("2001:db8::ffff:192.0.2.1", "/" + "a".repeat(2047)));
        assertEquals(Optional.empty(), AccessLogQuery.refusedFilter(" 10.0. ", null), "trimmed, not refused");
        assertEquals(
                Optional.empty(),
                AccessLogQuery.refusedFilter("crawl-66-249-66-1.googlebot.com", null),
                "a host name, where the web server logged names");
        assertEquals(Optional.of("accesslog.ipTooLong"), AccessLogQuery.refusedFilter("1".repeat(46), null));
        assertEquals(Optional.of("accesslog.ipInvalid"), AccessLogQuery.refusedFilter("10.0.0.1; drop", null));
        assertEquals(Optional.of("accesslog.ipInvalid"), AccessLogQuery.refusedFilter("10.0.0.%", null));
        assertEquals(Optional.of("accesslog.ipInvalid"), AccessLogQuery.refusedFilter("10.0.0.1 or 1", null));
        assertEquals(Optional.of("accesslog.pathTooLong"), AccessLogQuery.refusedFilter(null, "/" + "a".repeat(2048)));
        assertThrows(IllegalArgumentException.class, () -> query("10.0.0.%", null));
    }
}
