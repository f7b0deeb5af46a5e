package nl.provalue.privacy.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ExpungeTest {

    @Test
    void p5_eachSettingRemovesWhatItSays() {
        assertEquals(
                new Expunge(Expunge.Kind.RECEIVED_BEFORE, 14),
                Expunge.forSetting(MailRetentionMode.KEEP_COPY_DAYS, 14));
        assertEquals(
                Expunge.Kind.FETCHED,
                Expunge.forSetting(MailRetentionMode.DELETE_ON_FETCH, null).kind());
        Expunge keep = Expunge.forSetting(MailRetentionMode.KEEP_UNTIL_DELETED, null);
        assertEquals(Expunge.Kind.NOTHING, keep.kind());
        assertFalse(keep.removesAnything());
        assertThrows(IllegalArgumentException.class, () -> new Expunge(Expunge.Kind.RECEIVED_BEFORE, 0));
        assertThrows(IllegalArgumentException.class, () -> new Expunge(Expunge.Kind.FETCHED, 3));
    }

    @Test
    void p5_aChangeWaitsUntilTheMailServerHasCarriedItOut() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        Mailbox box = new Mailbox(null, "info@example.nl", EnumSet.of(MailProtocol.POP3), t0);
        assertFalse(box.waitingToBeApplied(), "the standard setting was never changed");
        box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 30, t0.plusSeconds(60));
        assertTrue(box.waitingToBeApplied());
        assertEquals(new Expunge(Expunge.Kind.RECEIVED_BEFORE, 30), box.expunge());
        box.recordApplied(t0.plusSeconds(120), 4);
        assertFalse(box.waitingToBeApplied());
        assertEquals(4, box.retentionRemoved());
        box.changeRetention(MailRetentionMode.DELETE_ON_FETCH, null, t0.plusSeconds(180));
        assertTrue(box.waitingToBeApplied(), "a newer change waits again");
    }

    @Test
    void p8_whenTheCustomerHasLeftEverythingGoes() {
        assertEquals(Expunge.Kind.EVERYTHING, Expunge.everything().kind());
        assertTrue(Expunge.everything().removesAnything());
        assertThrows(IllegalArgumentException.class, () -> new Expunge(Expunge.Kind.EVERYTHING, 3));
    }
}
