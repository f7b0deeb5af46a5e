package nl.provalue.privacy.infrastructure.importing.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Accepted;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Delivery;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Ignored;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Removed;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Unparseable;
import org.junit.jupiter.api.Test;

class MailLogAssemblerTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant REFERENCE = Instant.parse("2026-11-26T12:00:00Z");

    private final PostfixLogParser parser = new PostfixLogParser(AMSTERDAM, REFERENCE);
    private final MailLogAssembler assembler = new MailLogAssembler();

    /** Parses and assembles the lines in order and returns every delivery produced. */
    private List<MailDelivery> feed(String... lines) {
        List<MailDelivery> deliveries = new ArrayList<>();
        for (String line : lines) {
            assembler.accept(parser.parse(line)).ifPresent(deliveries::add);
        }
        return deliveries;
    }

    private static Instant utc(String time) {
        return Instant.parse("2026-11-03T" + time + "Z");
    }

    @Test
    void fullFlowYieldsOneDelivery() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 10:15:01 mail postfix/smtpd[21345]: connect from mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]",
                "Nov  3 10:15:01 mail postfix/smtpd[21345]: 4F1A22C0123: client=mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]",
                "Nov  3 10:15:01 mail postfix/cleanup[21350]: 4F1A22C0123: message-id=<CAF1x2y3z4@mail.gmail.com>",
                "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<Jan.Jansen@gmail.com>, size=4521, nrcpt=1 (queue active)",
                "Nov  3 10:15:02 mail postfix/smtp[21351]: 4F1A22C0123: to=<info@klant.nl>, relay=mx.klant.nl[2001:db8::25]:25,"
                        + " delay=1.2, delays=0.1/0.01/0.5/0.59, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B3C1A0042)",
                "Nov  3 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                "Nov  3 10:15:03 mail postfix/smtpd[21345]: disconnect from mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]"
                        + " ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7");

        assertEquals(
                List.of(new MailDelivery(
                        "4F1A22C0123", "jan.jansen@gmail.com", "info@klant.nl", 4521, utc("09:15:02"), "sent")),
                deliveries);
        assertEquals(0, assembler.openMessages());
        assertEquals(0, assembler.deliveriesWithoutSender());
        assertEquals(0, assembler.evicted());
    }

    @Test
    void multipleRecipientsYieldOneDeliveryEach() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 11:00:00 mail postfix/qmgr[1187]: 8E3F4A0055: from=<nieuwsbrief@example.nl>, size=20480, nrcpt=3 (queue active)",
                "Nov  3 11:00:01 mail postfix/lmtp[4001]: 8E3F4A0055: to=<user@example.nl>, orig_to=<alias@example.nl>,"
                        + " relay=mail.example.nl[private/dovecot-lmtp], delay=0.06, delays=0.02/0.01/0.01/0.02, dsn=2.0.0,"
                        + " status=sent (250 2.0.0 <user@example.nl> 8Kq1GJ0aZGc7AQAA Saved)",
                "Nov  3 11:00:02 mail postfix/smtp[4002]: 8E3F4A0055: to=<\"odd, name\"@example.com>,"
                        + " relay=mx.example.com[192.0.2.1]:25, delay=2, delays=0.02/0.01/1/1, dsn=2.0.0, status=sent (250 ok)",
                "Nov  3 11:00:03 mail postfix/smtp[4002]: 8E3F4A0055: to=<nobody@example.org>,"
                        + " relay=mx.example.org[203.0.113.10]:25, delay=3, delays=0.02/0.01/1/2, dsn=5.1.1,"
                        + " status=bounced (host mx.example.org[203.0.113.10] said: 550 5.1.1 <nobody@example.org>:"
                        + " Recipient address rejected: User unknown (in reply to RCPT TO command))",
                "Nov  3 11:00:03 mail postfix/qmgr[1187]: 8E3F4A0055: removed");

        assertEquals(
                List.of(
                        new MailDelivery(
                                "8E3F4A0055",
                                "nieuwsbrief@example.nl",
                                "user@example.nl",
                                20480,
                                utc("10:00:01"),
                                "sent"),
                        new MailDelivery(
                                "8E3F4A0055",
                                "nieuwsbrief@example.nl",
                                "\"odd, name\"@example.com",
                                20480,
                                utc("10:00:02"),
                                "sent"),
                        new MailDelivery(
                                "8E3F4A0055",
                                "nieuwsbrief@example.nl",
                                "nobody@example.org",
                                20480,
                                utc("10:00:03"),
                                "bounced")),
                deliveries);
        assertEquals(0, assembler.openMessages());
    }

    @Test
    void deferredThenSentYieldsTwoDeliveries() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 10:30:00 mail postfix/qmgr[1187]: 6C1D2E0011: from=<a@example.nl>, size=900, nrcpt=1 (queue active)",
                "Nov  3 10:30:30 mail postfix/smtp[3001]: 6C1D2E0011: to=<piet@voorbeeld.nl>, relay=none, delay=30,"
                        + " delays=0.05/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.voorbeeld.nl[198.51.100.7]:25:"
                        + " Connection timed out)",
                // The queue manager logs from= again when the deferred message returns to the active queue.
                "Nov  3 11:30:00 mail postfix/qmgr[1187]: 6C1D2E0011: from=<a@example.nl>, size=900, nrcpt=1 (queue active)",
                "Nov  3 11:30:02 mail postfix/smtp[3050]: 6C1D2E0011: to=<piet@voorbeeld.nl>,"
                        + " relay=mx.voorbeeld.nl[198.51.100.7]:25, delay=3602, delays=3600/0.01/1/1, dsn=2.0.0,"
                        + " status=sent (250 2.0.0 Ok: queued as 1F2E3D4C5B)",
                "Nov  3 11:30:02 mail postfix/qmgr[1187]: 6C1D2E0011: removed");

        assertEquals(
                List.of(
                        new MailDelivery(
                                "6C1D2E0011", "a@example.nl", "piet@voorbeeld.nl", 900, utc("09:30:30"), "deferred"),
                        new MailDelivery(
                                "6C1D2E0011", "a@example.nl", "piet@voorbeeld.nl", 900, utc("10:30:02"), "sent")),
                deliveries);
        assertEquals(0, assembler.openMessages());
    }

    @Test
    void bounceMessageHasNullSender() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 10:40:00 mail postfix/qmgr[1187]: 7D2E3F0022: from=<sender@example.nl>, size=1500, nrcpt=1 (queue active)",
                "Nov  3 10:40:01 mail postfix/smtp[3100]: 7D2E3F0022: to=<nobody@example.org>,"
                        + " relay=mx.example.org[203.0.113.10]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.1.1,"
                        + " status=bounced (host mx.example.org[203.0.113.10] said: 550 5.1.1 <nobody@example.org>:"
                        + " Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
                "Nov  3 10:40:01 mail postfix/cleanup[3101]: 5B7D2C0456: message-id=<20261103094001.5B7D2C0456@mail.example.nl>",
                "Nov  3 10:40:01 mail postfix/bounce[3102]: 7D2E3F0022: sender non-delivery notification: 5B7D2C0456",
                "Nov  3 10:40:01 mail postfix/qmgr[1187]: 5B7D2C0456: from=<>, size=3521, nrcpt=1 (queue active)",
                "Nov  3 10:40:01 mail postfix/qmgr[1187]: 7D2E3F0022: removed",
                "Nov  3 10:40:01 mail postfix/lmtp[3103]: 5B7D2C0456: to=<sender@example.nl>,"
                        + " relay=mail.example.nl[private/dovecot-lmtp], delay=0.05, delays=0.01/0.01/0.01/0.02, dsn=2.0.0,"
                        + " status=sent (250 2.0.0 <sender@example.nl> aBcD Saved)",
                "Nov  3 10:40:01 mail postfix/qmgr[1187]: 5B7D2C0456: removed");

        assertEquals(
                List.of(
                        new MailDelivery(
                                "7D2E3F0022",
                                "sender@example.nl",
                                "nobody@example.org",
                                1500,
                                utc("09:40:01"),
                                "bounced"),
                        new MailDelivery("5B7D2C0456", "<>", "sender@example.nl", 3521, utc("09:40:01"), "sent")),
                deliveries);
    }

    @Test
    void interleavedMessagesAreKeptApart() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 12:00:00 mail postfix/qmgr[1187]: A05B6C0077: from=<one@example.nl>, size=100, nrcpt=1 (queue active)",
                "Nov  3 12:00:00 mail postfix/qmgr[1187]: 4Qx1Zt0mD7z9vXs: from=<two@example.nl>, size=200, nrcpt=1 (queue active)",
                "Nov  3 12:00:01 mail postfix/virtual[4003]: 4Qx1Zt0mD7z9vXs: to=<info@example.nl>, relay=virtual,"
                        + " delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (delivered to maildir)",
                "Nov  3 12:00:01 mail postfix/pipe[4004]: A05B6C0077: to=<support@example.nl>, orig_to=<help@example.nl>,"
                        + " relay=dovecot, delay=0.1, delays=0.05/0.01/0/0.04, dsn=2.0.0, status=sent (delivered via dovecot service)");

        assertEquals(
                List.of(
                        new MailDelivery(
                                "4Qx1Zt0mD7z9vXs", "two@example.nl", "info@example.nl", 200, utc("11:00:01"), "sent"),
                        new MailDelivery(
                                "A05B6C0077", "one@example.nl", "support@example.nl", 100, utc("11:00:01"), "sent")),
                deliveries);
        assertEquals(2, assembler.openMessages());
    }

    @Test
    void deliveryWithoutAcceptedIsCounted() {
        List<MailDelivery> deliveries = feed(
                "Nov  3 00:00:05 mail postfix/smtp[1]: 9F4A5B0066: to=<a@example.com>, relay=none, delay=1, dsn=2.0.0, status=sent (ok)",
                "Nov  3 00:00:05 mail postfix/local[2]: 9F4A5B0067: to=<root@mail.example.nl>, orig_to=<postmaster>,"
                        + " relay=local, delay=0.03, delays=0.01/0.01/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)");
        assertTrue(deliveries.isEmpty());
        assertEquals(2, assembler.deliveriesWithoutSender());
    }

    @Test
    void deliveryAfterRemovedHasNoSender() {
        feed(
                "Nov  3 10:00:00 mail postfix/qmgr[1187]: 9F4A5B0066: from=<a@example.nl>, size=1, nrcpt=1 (queue active)",
                "Nov  3 10:00:01 mail postfix/qmgr[1187]: 9F4A5B0066: removed");
        assertEquals(0, assembler.openMessages());
        assertTrue(
                feed("Nov  3 10:00:02 mail postfix/smtp[1]: 9F4A5B0066: to=<b@example.com>, relay=none, status=sent (ok)")
                        .isEmpty());
        assertEquals(1, assembler.deliveriesWithoutSender());
    }

    @Test
    void removedForUnknownQueueIdIsHarmless() {
        assertEquals(Optional.empty(), assembler.accept(new Removed(Instant.EPOCH, "ABCDEF")));
        assertEquals(0, assembler.openMessages());
        assertEquals(0, assembler.deliveriesWithoutSender());
    }

    @Test
    void ignoredUnparseableAndExpiryNoticesChangeNothing() {
        feed(
                "Nov  3 10:00:00 mail postfix/qmgr[1187]: 6D4E3B0777: from=<news@example.nl>, size=5000, nrcpt=1 (queue active)");
        List<MailDelivery> deliveries = feed(
                "Nov  3 10:17:01 mail CRON[8888]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)",
                "Nov  3 10:15:04 mail dovecot: imap-login: Login: user=<user@example.nl>, method=PLAIN, rip=192.0.2.44",
                "Nov  3 10:16:00 mail sshd[7777]: Accepted publickey for deploy from 192.0.2.50 port 51234 ssh2",
                "garbage",
                "",
                "Nov  3 10:19:00 mail postfix/qmgr[1187]: 6D4E3B0777: from=<news@example.nl>, status=expired, returned to sender");
        assertTrue(deliveries.isEmpty());
        assertEquals(1, assembler.openMessages());
        assertEquals(Optional.empty(), assembler.accept(new Ignored("x")));
        assertEquals(Optional.empty(), assembler.accept(new Unparseable("y")));
        assertEquals(1, assembler.openMessages());
    }

    @Test
    void oldestOpenMessageIsEvictedWhenTheBoundIsReached() {
        MailLogAssembler small = new MailLogAssembler(2);
        small.accept(new Accepted(Instant.EPOCH, "AAAAAA", "a@example.nl", 1));
        small.accept(new Accepted(Instant.EPOCH, "BBBBBB", "b@example.nl", 2));
        small.accept(new Accepted(Instant.EPOCH, "CCCCCC", "c@example.nl", 3));

        assertEquals(2, small.openMessages());
        assertEquals(1, small.evicted());
        assertEquals(Optional.empty(), small.accept(new Delivery(Instant.EPOCH, "AAAAAA", "x@example.com", "sent")));
        assertEquals(1, small.deliveriesWithoutSender());
        assertEquals(
                "b@example.nl",
                small.accept(new Delivery(Instant.EPOCH, "BBBBBB", "x@example.com", "sent"))
                        .orElseThrow()
                        .sender());
        assertEquals(
                "c@example.nl",
                small.accept(new Delivery(Instant.EPOCH, "CCCCCC", "x@example.com", "sent"))
                        .orElseThrow()
                        .sender());
    }

    @Test
    void reacceptedMessageCountsAsNewestForEviction() {
        MailLogAssembler small = new MailLogAssembler(2);
        small.accept(new Accepted(Instant.EPOCH, "AAAAAA", "a@example.nl", 1));
        small.accept(new Accepted(Instant.EPOCH, "BBBBBB", "b@example.nl", 2));
        small.accept(new Accepted(Instant.EPOCH.plusSeconds(60), "AAAAAA", "a@example.nl", 1)); // retried
        small.accept(new Accepted(Instant.EPOCH, "CCCCCC", "c@example.nl", 3));

        assertEquals(1, small.evicted());
        assertTrue(small.accept(new Delivery(Instant.EPOCH, "AAAAAA", "x@example.com", "sent"))
                .isPresent());
        assertTrue(small.accept(new Delivery(Instant.EPOCH, "BBBBBB", "x@example.com", "sent"))
                .isEmpty());
    }

    @Test
    void reacceptedMessageUsesLatestSize() {
        assembler.accept(new Accepted(Instant.EPOCH, "AAAAAA", "a@example.nl", 1));
        assembler.accept(new Accepted(Instant.EPOCH, "AAAAAA", "a@example.nl", 5));
        assertEquals(1, assembler.openMessages());
        assertEquals(
                5,
                assembler
                        .accept(new Delivery(Instant.EPOCH, "AAAAAA", "x@example.com", "sent"))
                        .orElseThrow()
                        .sizeBytes());
    }

    @Test
    void defaultBoundHoldsTwoHundredThousandMessages() {
        assertEquals(200_000, MailLogAssembler.DEFAULT_MAX_OPEN_MESSAGES);
        assertEquals(200_000, assembler.maxOpenMessages());
        for (int i = 0; i < 200_001; i++) {
            assembler.accept(new Accepted(Instant.EPOCH, String.format("%08X", i), "a@example.nl", i));
        }
        assertEquals(200_000, assembler.openMessages());
        assertEquals(1, assembler.evicted());
        assertTrue(assembler
                .accept(new Delivery(Instant.EPOCH, "00000000", "x@example.com", "sent"))
                .isEmpty());
        assertTrue(assembler
                .accept(new Delivery(Instant.EPOCH, "00000001", "x@example.com", "sent"))
                .isPresent());
    }

    @Test
    void invalidArguments() {
        assertThrows(IllegalArgumentException.class, () -> new MailLogAssembler(0));
        assertThrows(NullPointerException.class, () -> assembler.accept(null));
    }
}
