package nl.provalue.privacy.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

/** P5: what happens to fetched mail depends on the protocol and the customer's setting. */
class MailboxTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void p5_pop3DeletesOnFetchByDefault_imapKeepsUntilDeleted() {
        assertEquals(
                MailRetentionMode.DELETE_ON_FETCH,
                new Mailbox(null, "info@example.nl", EnumSet.of(MailProtocol.POP3), NOW).retentionMode());
        assertEquals(
                MailRetentionMode.KEEP_UNTIL_DELETED,
                new Mailbox(null, "jan@example.nl", EnumSet.of(MailProtocol.IMAP, MailProtocol.WEBMAIL), NOW)
                        .retentionMode());
    }

    @Test
    void p5_pop3CanLeaveACopyForChosenDays() {
        Mailbox box = new Mailbox(null, "Info@Example.nl", EnumSet.of(MailProtocol.POP3), NOW);
        box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 14, NOW);
        assertEquals(14, box.keepDays());
        assertEquals(NOW, box.settingChangedAt());
        assertEquals("info@example.nl", box.address());
        box.changeRetention(MailRetentionMode.KEEP_UNTIL_DELETED, 99, NOW);
        assertNull(box.keepDays(), "days only belong to the keep-for-days setting");
    }

    @Test
    void p5_choosingTheSettingTheMailboxHasChangesNothing() {
        Mailbox box = new Mailbox(null, "info@example.nl", EnumSet.of(MailProtocol.POP3), NOW);
        assertTrue(
                box.changeRetention(MailRetentionMode.DELETE_ON_FETCH, null, NOW.minusSeconds(60)),
                "the setting a new mailbox starts with, chosen for the first time, is the customer's choice");
        assertFalse(box.changeRetention(MailRetentionMode.DELETE_ON_FETCH, null, NOW.minusSeconds(30)));
        assertTrue(box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 14, NOW));
        assertFalse(box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 14, NOW.plusSeconds(60)));
        assertEquals(NOW, box.settingChangedAt(), "not changed, so not changed then");
        assertTrue(box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 15, NOW.plusSeconds(120)));
        assertTrue(box.changeRetention(MailRetentionMode.KEEP_UNTIL_DELETED, null, NOW.plusSeconds(180)));
        assertFalse(box.changeRetention(MailRetentionMode.KEEP_UNTIL_DELETED, 7, NOW.plusSeconds(240)));
    }

    @Test
    void p5_daysOutOfRangeAreRefused() {
        Mailbox box = new Mailbox(null, "info@example.nl", EnumSet.of(MailProtocol.POP3), NOW);
        assertEquals(
                "policy.P5.keepDaysRange",
                assertThrows(
                                PolicyViolationException.class,
                                () -> box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, 0, NOW))
                        .getMessageKey());
        assertThrows(
                PolicyViolationException.class,
                () -> box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, Mailbox.MAX_KEEP_DAYS + 1, NOW));
        assertThrows(
                PolicyViolationException.class, () -> box.changeRetention(MailRetentionMode.KEEP_COPY_DAYS, null, NOW));
    }

    @Test
    void p5_imapOnlyMailboxCannotDeleteOnFetch() {
        Mailbox box = new Mailbox(null, "jan@example.nl", EnumSet.of(MailProtocol.IMAP), NOW);
        assertEquals(
                "policy.P5.onlyPop3",
                assertThrows(
                                PolicyViolationException.class,
                                () -> box.changeRetention(MailRetentionMode.DELETE_ON_FETCH, null, NOW))
                        .getMessageKey());
    }

    @Test
    void p5_emptyMailboxHasNoOldestMessage() {
        Mailbox box = new Mailbox(null, "jan@example.nl", EnumSet.of(MailProtocol.IMAP), NOW);
        box.recordStoredMail(0, 0, NOW);
        assertNull(box.oldestMessageAt());
    }
}
