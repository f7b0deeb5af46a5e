package nl.provalue.privacy.infrastructure.importing.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Accepted;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Delivery;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Ignored;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Removed;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Unparseable;
import nl.provalue.privacy.testsupport.LogCapture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostfixLogParserTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant REFERENCE = Instant.parse("2026-11-26T12:00:00Z");

    private final PostfixLogParser parser = new PostfixLogParser(AMSTERDAM, REFERENCE);

    /** Nov 3 is winter time in Amsterdam: local time minus one hour is UTC. */
    private static Instant nov3(String utcTime) {
        return Instant.parse("2026-11-03T" + utcTime + "Z");
    }

    private Accepted accepted(String line) {
        return assertInstanceOf(Accepted.class, parser.parse(line), line);
    }

    private Delivery delivery(String line) {
        return assertInstanceOf(Delivery.class, parser.parse(line), line);
    }

    private Removed removed(String line) {
        return assertInstanceOf(Removed.class, parser.parse(line), line);
    }

    private Ignored ignored(String line) {
        return assertInstanceOf(Ignored.class, parser.parse(line), line);
    }

    private Unparseable unparseable(String line) {
        return assertInstanceOf(Unparseable.class, parser.parse(line), line);
    }

    @Nested
    class FullFlow {

        @Test
        void smtpdCleanupQmgrSmtpRemoved() {
            assertEquals(
                    PostfixLogParser.NO_QUEUE_ID,
                    ignored(
                                    "Nov  3 10:15:01 mail postfix/smtpd[21345]: connect from mail-wr1-f54.google.com[209.85.221.54]")
                            .reason());
            assertEquals(
                    PostfixLogParser.NOTHING_FOR_MAIL_LOG,
                    ignored(
                                    "Nov  3 10:15:01 mail postfix/smtpd[21345]: 4F1A22C0123: client=mail-wr1-f54.google.com[209.85.221.54]")
                            .reason());
            assertEquals(
                    PostfixLogParser.NOTHING_FOR_MAIL_LOG,
                    ignored(
                                    "Nov  3 10:15:01 mail postfix/cleanup[21350]: 4F1A22C0123: message-id=<CAF1x2y3z4@mail.gmail.com>")
                            .reason());

            Accepted accepted = accepted(
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<Jan.Jansen@Gmail.com>, size=4521, nrcpt=1 (queue active)");
            assertEquals(new Accepted(nov3("09:15:01"), "4F1A22C0123", "jan.jansen@gmail.com", 4521), accepted);

            Delivery delivery = delivery(
                    "Nov  3 10:15:02 mail postfix/smtp[21351]: 4F1A22C0123: to=<Info@Klant.NL>, relay=mx.klant.nl[192.0.2.25]:25,"
                            + " delay=1.2, delays=0.1/0.01/0.5/0.59, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B3C1A0042)");
            assertEquals(new Delivery(nov3("09:15:02"), "4F1A22C0123", "info@klant.nl", "sent"), delivery);

            assertEquals(
                    new Removed(nov3("09:15:02"), "4F1A22C0123"),
                    removed("Nov  3 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed"));

            assertEquals(
                    PostfixLogParser.NO_QUEUE_ID,
                    ignored(
                                    "Nov  3 10:15:03 mail postfix/smtpd[21345]: disconnect from mail-wr1-f54.google.com[209.85.221.54]"
                                            + " ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7")
                            .reason());
        }

        @Test
        void lineTerminatorsAndSurroundingWhitespaceAreTolerated() {
            assertEquals(
                    new Removed(nov3("09:15:02"), "4F1A22C0123"),
                    removed("Nov  3 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed\r\n"));
        }

        @Test
        void twoDigitDayAndUnpaddedDay() {
            assertEquals(
                    Instant.parse("2026-11-13T09:15:02Z"),
                    removed("Nov 13 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
            assertEquals(
                    nov3("09:15:02"),
                    removed("Nov 3 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void summerTimeIsApplied() {
            // July: Amsterdam is two hours ahead of UTC.
            assertEquals(
                    Instant.parse("2026-07-14T06:00:00Z"),
                    removed("Jul 14 08:00:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void equalTimestampsGiveEqualInstantsAcrossLines() {
            Instant first = accepted(
                            "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl>, size=1, nrcpt=1 (queue active)")
                    .at();
            Instant second = removed("Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                    .at();
            Instant other = removed("Nov  3 10:15:11 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                    .at();
            assertEquals(first, second);
            assertEquals(first.plusSeconds(10), other);
        }
    }

    @Nested
    class Ipv6 {

        @Test
        void ipv6ClientLinesAreIgnored() {
            ignored(
                    "Nov  3 10:20:00 mail postfix/smtpd[2345]: connect from mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]");
            ignored(
                    "Nov  3 10:20:00 mail postfix/smtpd[2345]: 5A6B7C8D9E: client=mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]");
        }

        @Test
        void ipv6RelayDoesNotConfuseTheParser() {
            Delivery delivery = delivery("Nov  3 10:20:01 mail postfix/smtp[2346]: 5A6B7C8D9E: to=<ops@example.net>,"
                    + " relay=mx.example.net[2001:db8::25]:25, delay=0.42, delays=0.02/0.01/0.2/0.19, dsn=2.0.0,"
                    + " status=sent (250 2.0.0 OK 1730625601 a1b2c3d4e5 - gsmtp)");
            assertEquals(new Delivery(nov3("09:20:01"), "5A6B7C8D9E", "ops@example.net", "sent"), delivery);
        }

        @Test
        void ipv6LiteralDomainInAddress() {
            assertEquals(
                    "postmaster@[ipv6:2001:db8::1]",
                    delivery(
                                    "Nov  3 10:20:01 mail postfix/smtp[2346]: 5A6B7C8D9E:"
                                            + " to=<postmaster@[IPv6:2001:db8::1]>, relay=[2001:db8::1]:25, delay=1, dsn=2.0.0, status=sent (250 ok)")
                            .recipient());
        }
    }

    @Nested
    class Statuses {

        @Test
        void deferredThenSent() {
            Delivery deferred = delivery("Nov  3 10:30:00 mail postfix/smtp[3001]: 6C1D2E0011: to=<piet@voorbeeld.nl>,"
                    + " relay=none, delay=30, delays=0.05/0.01/30/0, dsn=4.4.1,"
                    + " status=deferred (connect to mx.voorbeeld.nl[198.51.100.7]:25: Connection timed out)");
            Delivery sent = delivery("Nov  3 11:30:02 mail postfix/smtp[3050]: 6C1D2E0011: to=<piet@voorbeeld.nl>,"
                    + " relay=mx.voorbeeld.nl[198.51.100.7]:25, delay=3602, delays=3600/0.01/1/1, dsn=2.0.0,"
                    + " status=sent (250 2.0.0 Ok: queued as 1F2E3D4C5B)");
            assertEquals("deferred", deferred.status());
            assertEquals("sent", sent.status());
            assertEquals(nov3("09:30:00"), deferred.at());
            assertEquals(nov3("10:30:02"), sent.at());
        }

        @Test
        void bouncedWithAddressInTheStatusText() {
            Delivery bounced = delivery(
                    "Nov  3 10:40:00 mail postfix/smtp[3100]: 7D2E3F0022: to=<nobody@example.org>,"
                            + " relay=mx.example.org[203.0.113.10]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.1.1,"
                            + " status=bounced (host mx.example.org[203.0.113.10] said: 550 5.1.1 <nobody@example.org>:"
                            + " Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))");
            assertEquals(new Delivery(nov3("09:40:00"), "7D2E3F0022", "nobody@example.org", "bounced"), bounced);
        }

        @Test
        void errorDaemonExpiredAndUndeliverable() {
            assertEquals(
                    "expired",
                    delivery("Nov  3 10:41:00 mail postfix/error[3101]: 7D2E3F0033: to=<a@example.org>,"
                                    + " relay=none, delay=432000, delays=431999/1/0/0, dsn=4.4.7,"
                                    + " status=expired, returned to sender")
                            .status());
            assertEquals(
                    "bounced",
                    delivery(
                                    "Nov  3 10:41:00 mail postfix/error[3101]: 7D2E3F0033: to=<b@example.org>,"
                                            + " relay=none, delay=0.1, delays=0.1/0/0/0, dsn=5.0.0, status=bounced (User unknown in local recipient table)")
                            .status());
            assertEquals(
                    "undeliverable",
                    delivery(
                                    "Nov  3 10:41:00 mail postfix/smtp[3102]: 7D2E3F0033:"
                                            + " to=<c@example.org>, relay=mx.example.org[203.0.113.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1,"
                                            + " status=undeliverable (host mx.example.org[203.0.113.10] said: 550 5.1.1 no such user)")
                            .status());
        }

        @Test
        void statusIsLowerCasedAndMayEndTheLine() {
            assertEquals(
                    "deferred",
                    delivery("Nov  3 10:41:00 mail postfix/smtp[3101]: 7D2E3F0033: to=<a@example.org>,"
                                    + " relay=none, status=DEFERRED")
                            .status());
            assertEquals(
                    "weird",
                    delivery("Nov  3 10:41:00 mail postfix/smtp[3101]: 7D2E3F0033: to=<a@example.org>,"
                                    + " relay=none, status=Weird (unknown word)")
                            .status());
        }

        @Test
        void qmgrDeferralWithoutDeliveryAgentIsADelivery() {
            Delivery delivery = delivery(
                    "Nov  3 10:42:00 mail postfix/qmgr[1187]: 7D2E3F0044: to=<x@dead.example>,"
                            + " relay=none, delay=600, delays=600/0/0/0, dsn=4.4.1,"
                            + " status=deferred (delivery temporarily suspended: connect to mx.dead.example[192.0.2.9]:25: Connection refused)");
            assertEquals("deferred", delivery.status());
        }
    }

    @Nested
    class LocalDelivery {

        @Test
        void lmtpToDovecotUsesToNotOrigTo() {
            Delivery delivery = delivery(
                    "Nov  3 11:00:00 mail postfix/lmtp[4001]: 8E3F4A0055: to=<user@example.nl>,"
                            + " orig_to=<alias@example.nl>, relay=mail.example.nl[private/dovecot-lmtp], delay=0.06,"
                            + " delays=0.02/0.01/0.01/0.02, dsn=2.0.0, status=sent (250 2.0.0 <user@example.nl> 8Kq1GJ0aZGc7AQAA Saved)");
            assertEquals(new Delivery(nov3("10:00:00"), "8E3F4A0055", "user@example.nl", "sent"), delivery);
        }

        @Test
        void lmtpOverUnixSocketPath() {
            assertEquals(
                    "sent",
                    delivery("Nov  3 11:00:00 mail postfix/lmtp[4001]: 8E3F4A0055: to=<user@example.nl>,"
                                    + " relay=mail.example.nl[/var/run/dovecot/lmtp], delay=0.05, delays=0.01/0.01/0.01/0.02, dsn=2.0.0,"
                                    + " status=sent (250 2.0.0 <user@example.nl> Saved)")
                            .status());
        }

        @Test
        void localWithBareOrigTo() {
            Delivery delivery =
                    delivery("Nov  3 11:01:00 mail postfix/local[4002]: 9F4A5B0066: to=<root@mail.example.nl>,"
                            + " orig_to=<postmaster>, relay=local, delay=0.03, delays=0.01/0.01/0/0.01, dsn=2.0.0,"
                            + " status=sent (delivered to mailbox)");
            assertEquals("root@mail.example.nl", delivery.recipient());
        }

        @Test
        void virtual() {
            assertEquals(
                    new Delivery(nov3("10:02:00"), "A05B6C0077", "info@example.nl", "sent"),
                    delivery(
                            "Nov  3 11:02:00 mail postfix/virtual[4003]: A05B6C0077: to=<info@example.nl>,"
                                    + " relay=virtual, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (delivered to maildir)"));
        }

        @Test
        void pipeWithOrigTo() {
            assertEquals(
                    new Delivery(nov3("10:03:00"), "B16C7D0088", "support@example.nl", "sent"),
                    delivery("Nov  3 11:03:00 mail postfix/pipe[4004]: B16C7D0088: to=<support@example.nl>,"
                            + " orig_to=<help@example.nl>, relay=dovecot, delay=0.1, delays=0.05/0.01/0/0.04, dsn=2.0.0,"
                            + " status=sent (delivered via dovecot service)"));
        }

        @Test
        void discard() {
            assertEquals(
                    "sent",
                    delivery("Nov  3 11:04:00 mail postfix/discard[4005]: C27D8E0099: to=<spamtrap@example.nl>,"
                                    + " relay=none, delay=0.01, delays=0.01/0/0/0, dsn=2.0.0, status=sent (example.nl)")
                            .status());
        }

        @Test
        void origToWithQuotedRightAngleBeforeTo() {
            // orig_to is scanned past as a whole, so its contents cannot be mistaken for fields.
            assertEquals(
                    "sent",
                    delivery(
                                    "Nov  3 11:03:00 mail postfix/pipe[4004]: B16C7D0088: to=<support@example.nl>,"
                                            + " orig_to=<\"x> status=bounced\"@example.nl>, relay=dovecot, delay=0.1, dsn=2.0.0, status=sent (ok)")
                            .status());
        }
    }

    @Nested
    class Tags {

        @Test
        void multiInstanceAndServiceNames() {
            assertEquals(
                    "sent",
                    delivery(
                                    "Nov  3 12:00:00 mail postfix-out/smtp[5001]: D38E9F00AA: to=<a@example.com>,"
                                            + " relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 ok)")
                            .status());
            assertEquals(
                    1234,
                    accepted("Nov  3 12:00:00 mail postfix-out/qmgr[5002]: D38E9F00AA: from=<b@example.nl>,"
                                    + " size=1234, nrcpt=1 (queue active)")
                            .sizeBytes());
            ignored(
                    "Nov  3 12:00:00 mail postfix/submission/smtpd[5003]: D38E9F00AA: client=unknown[192.0.2.77], sasl_method=PLAIN,"
                            + " sasl_username=b@example.nl");
            removed("Nov  3 12:00:00 mail postfix-out/qmgr[5002]: D38E9F00AA: removed");
        }

        @Test
        void tagWithoutPid() {
            assertEquals(
                    new Removed(Instant.parse("2026-11-03T11:00:00Z"), "D38E9F00AA"),
                    removed("Nov  3 12:00:00 mail postfix/qmgr: D38E9F00AA: removed"));
        }

        @Test
        void removedOnlyCountsFromQueueManagerOrPostsuper() {
            removed("Nov  3 12:00:00 mail postfix/postsuper[5010]: D38E9F00AA: removed");
            ignored("Nov  3 12:00:00 mail postfix/smtp[5010]: D38E9F00AA: removed");
        }

        @Test
        void fromLineOnlyCountsFromQueueManager() {
            ignored("Nov  3 12:00:00 mail postfix/pickup[5011]: E49FA000BB: uid=33 from=<www-data>");
            ignored(
                    "Nov  3 12:00:00 mail postfix/smtp[5011]: E49FA000BB: from=<a@example.nl>, size=12, nrcpt=1 (queue active)");
        }

        @Test
        void postfixWithoutDaemonIsIgnored() {
            assertEquals(
                    PostfixLogParser.POSTFIX_WITHOUT_DAEMON,
                    ignored(
                                    "Nov  3 12:00:00 mail postfix[5012]: Postfix is running with backwards-compatible default settings")
                            .reason());
        }
    }

    @Nested
    class QueueIds {

        @Test
        void longQueueIds() {
            Accepted accepted =
                    accepted("Nov  3 13:00:00 mail postfix/qmgr[1187]: 4Qx1Zt0mD7z9vXs: from=<a@example.nl>,"
                            + " size=2048, nrcpt=1 (queue active)");
            assertEquals("4Qx1Zt0mD7z9vXs", accepted.queueId());
            assertEquals(
                    "4Qx1Zt0mD7z9vXs",
                    delivery(
                                    "Nov  3 13:00:01 mail postfix/smtp[6001]: 4Qx1Zt0mD7z9vXs:"
                                            + " to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=2.0.0, status=sent (250 ok)")
                            .queueId());
        }

        @Test
        void shortHexIdsOfSixToTwelveCharacters() {
            assertEquals(
                    "ABC123",
                    removed("Nov  3 13:00:00 mail postfix/qmgr[1187]: ABC123: removed")
                            .queueId());
            assertEquals(
                    "ABCDEF012345",
                    removed("Nov  3 13:00:00 mail postfix/qmgr[1187]: ABCDEF012345: removed")
                            .queueId());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABC12", "abc123def", "4Qx1Zt0", "4Qx1Zt0mD7z9vXs4Qx1Zt0", "NOQUEUE"})
        void notQueueIds(String id) {
            ignored("Nov  3 13:00:00 mail postfix/qmgr[1187]: " + id + ": removed");
        }

        @Test
        void noqueueRejectIsIgnored() {
            assertEquals(
                    PostfixLogParser.NOQUEUE,
                    ignored("Nov  3 13:05:00 mail postfix/smtpd[6100]: NOQUEUE: reject: RCPT from"
                                    + " unknown[198.51.100.23]: 554 5.7.1 <spam@example.nl>: Relay access denied; from=<x@spam.example>"
                                    + " to=<spam@example.nl> proto=ESMTP helo=<spam.example>")
                            .reason());
            assertEquals(
                    PostfixLogParser.NOQUEUE,
                    ignored("Nov  3 13:05:00 mail postfix/postscreen[6101]: NOQUEUE: reject: RCPT from"
                                    + " [2001:db8::66]:41234: 550 5.7.1 Service unavailable; client [2001:db8::66] blocked using zen.spamhaus.org;"
                                    + " from=<a@b.example>, to=<c@example.nl>, proto=ESMTP, helo=<b.example>")
                            .reason());
        }
    }

    @Nested
    class Addresses {

        @Test
        void quotedLocalPartWithComma() {
            assertEquals(
                    "\"odd, name\"@example.nl",
                    delivery("Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC:"
                                    + " to=<\"odd, name\"@example.nl>, relay=mx.example.nl[192.0.2.5]:25, delay=1, delays=0/0/0.5/0.5,"
                                    + " dsn=2.0.0, status=sent (250 ok)")
                            .recipient());
        }

        @Test
        void quotedLocalPartWithSpacesAndAngleBracketAndEscape() {
            assertEquals(
                    "\"jan > piet \\\" k\"@example.nl",
                    delivery(
                                    "Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC:"
                                            + " to=<\"Jan > Piet \\\" K\"@example.nl>, relay=mx.example.nl[192.0.2.5]:25, dsn=2.0.0, status=sent (250 ok)")
                            .recipient());
        }

        @Test
        void quotedSenderWithSizeLookalike() {
            Accepted accepted = accepted("Nov  3 14:00:00 mail postfix/qmgr[1187]: F5A0B100CC:"
                    + " from=<\"x, size=99\"@example.nl>, size=777, nrcpt=1 (queue active)");
            assertEquals("\"x, size=99\"@example.nl", accepted.sender());
            assertEquals(777, accepted.sizeBytes());
        }

        @Test
        void nullSenderOfABounce() {
            assertEquals(
                    PostfixLogParser.NOTHING_FOR_MAIL_LOG,
                    ignored("Nov  3 14:10:00 mail postfix/bounce[7100]: 7D2E3F0022:"
                                    + " sender non-delivery notification: 5B7D2C0456")
                            .reason());
            Accepted bounce = accepted(
                    "Nov  3 14:10:00 mail postfix/qmgr[1187]: 5B7D2C0456: from=<>, size=6543, nrcpt=1 (queue active)");
            assertEquals(new Accepted(nov3("13:10:00"), "5B7D2C0456", "<>", 6543), bounce);
        }

        @Test
        void addressesAreTrimmedAndLowerCased() {
            assertEquals(
                    "mixed.case@example.nl",
                    delivery("Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC:"
                                    + " to=< Mixed.Case@EXAMPLE.nl >, relay=none, status=sent (ok)")
                            .recipient());
        }

        @Test
        void addressOfExactly254CharactersIsAccepted() {
            String address = "a".repeat(254 - "@example.nl".length()) + "@example.nl";
            assertEquals(254, address.length());
            assertEquals(
                    address,
                    delivery("Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC: to=<" + address
                                    + ">, relay=none, status=sent (ok)")
                            .recipient());
        }

        @Test
        void addressLongerThan254CharactersIsUnparseable() {
            String address = "a".repeat(255 - "@example.nl".length()) + "@example.nl";
            assertEquals(
                    PostfixLogParser.ADDRESS_TOO_LONG,
                    unparseable("Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC: to=<" + address
                                    + ">, relay=none, status=sent (ok)")
                            .reason());
            assertEquals(
                    PostfixLogParser.ADDRESS_TOO_LONG,
                    unparseable("Nov  3 14:00:00 mail postfix/qmgr[1187]: F5A0B100CC: from=<" + address
                                    + ">, size=1, nrcpt=1 (queue active)")
                            .reason());
            assertEquals(
                    PostfixLogParser.ADDRESS_TOO_LONG,
                    unparseable("Nov  3 14:00:00 mail postfix/qmgr[1187]: F5A0B100CC: from=<" + "x".repeat(100_000)
                                    + ">, size=1, nrcpt=1 (queue active)")
                            .reason());
        }

        @Test
        void emptyRecipientIsUnparseable() {
            assertEquals(
                    PostfixLogParser.EMPTY_RECIPIENT,
                    unparseable(
                                    "Nov  3 14:00:00 mail postfix/smtp[7001]: F5A0B100CC: to=<>, relay=none, status=sent (ok)")
                            .reason());
        }
    }

    @Nested
    class IgnoredLines {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Nov  3 10:15:04 mail dovecot: imap-login: Login: user=<user@example.nl>, method=PLAIN, rip=192.0.2.44,"
                            + " lip=192.0.2.1, mpid=12345, TLS, session=<abcDEF123>",
                    "Nov  3 10:15:05 mail dovecot: lmtp(user@example.nl)<12345><8Kq1GJ0aZGc7AQAA>: msgid=<CAF1x2y3z4@mail.gmail.com>:"
                            + " saved mail to INBOX",
                    "Nov  3 10:16:00 mail sshd[7777]: Accepted publickey for deploy from 192.0.2.50 port 51234 ssh2: ED25519 SHA256:abcdef",
                    "Nov  3 10:17:01 mail CRON[8888]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)",
                    "Nov  3 10:17:02 mail amavis[2211]: (02211-05) Passed CLEAN {RelayedInbound}, [192.0.2.44]:51234"
                            + " <a@example.com> -> <b@example.nl>, Queue-ID: 4F1A22C0123, size: 4521",
                    "Nov  3 10:17:03 mail opendkim[990]: 4F1A22C0123: DKIM-Signature field added (s=mail, d=example.nl)",
                    "Nov  3 10:17:04 mail kernel: [12345.678901] IN=eth0 OUT= SRC=198.51.100.23 DST=192.0.2.1 PROTO=TCP DPT=25",
                    "Nov  3 10:17:05 mail systemd[1]: Started postfix.service - Postfix Mail Transport Agent.",
                    "2026-11-03T10:17:06.000000+01:00 mail dovecot: imap(user@example.nl)<2345><abc>: Logged out in=12 out=345",
                })
        void otherPrograms(String line) {
            assertEquals(PostfixLogParser.NOT_POSTFIX, ignored(line).reason());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Nov  3 10:18:00 mail postfix/smtpd[21345]: lost connection after EHLO from unknown[198.51.100.23]",
                    "Nov  3 10:18:00 mail postfix/smtpd[21345]: warning: hostname 23.100.51.198.in-addr.arpa does not resolve to"
                            + " address 198.51.100.23: Name or service not known",
                    "Nov  3 10:18:00 mail postfix/smtpd[21345]: warning: 4F1A22C0123: queue file size limit exceeded",
                    "Nov  3 10:18:00 mail postfix/anvil[9999]: statistics: max connection rate 1/60s for (smtp:198.51.100.23) at Nov  3 10:12:00",
                    "Nov  3 10:18:00 mail postfix/anvil[9999]: statistics: max cache size 2 at Nov  3 10:12:00",
                    "Nov  3 10:18:00 mail postfix/pickup[1234]: 8A9B0C0DEF: uid=33 from=<www-data>",
                    "Nov  3 10:18:00 mail postfix/cleanup[21350]: 4F1A22C0123: message-id=<20261103091800.8A9B0C0DEF@mail.example.nl>",
                    "Nov  3 10:18:00 mail postfix/cleanup[21350]: 4F1A22C0123: milter-reject: END-OF-MESSAGE from unknown[198.51.100.23]:"
                            + " 5.7.1 Spam; from=<x@spam.example> to=<a@example.nl> proto=ESMTP helo=<spam.example>",
                    "Nov  3 10:18:00 mail postfix/cleanup[21350]: 4F1A22C0123: reject: header Subject: win from unknown[198.51.100.23];"
                            + " from=<x@spam.example> to=<a@example.nl> proto=ESMTP helo=<spam.example>: 5.7.1 message content rejected",
                    "Nov  3 10:18:00 mail postfix/smtp[3001]: 6C1D2E0011: host mx.voorbeeld.nl[198.51.100.7] said: 451 4.7.1"
                            + " Greylisted, see http://postgrey.example/ (in reply to RCPT TO command)",
                    "Nov  3 10:18:00 mail postfix/smtp[3001]: connect to mx.voorbeeld.nl[2001:db8::7]:25: Network is unreachable",
                    "Nov  3 10:18:00 mail postfix/smtp[3001]: Untrusted TLS connection established to mx.example.com[192.0.2.1]:25:"
                            + " TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                    "Nov  3 10:18:00 mail postfix/qmgr[1187]: 6C1D2E0011: skipped, still being delivered",
                    "Nov  3 10:18:00 mail postfix/master[1180]: daemon started -- version 3.7.11, configuration /etc/postfix",
                    "Nov  3 10:18:00 mail postfix/postscreen[6101]: CONNECT from [198.51.100.23]:41234 to [192.0.2.1]:25",
                    "Nov  3 10:18:00 mail postfix/postfix-script[1100]: starting the Postfix mail system",
                    "Nov  3 10:18:00 mail postfix/bounce[7100]: 7D2E3F0022: sender non-delivery notification: 5B7D2C0456",
                })
        void postfixLinesWithoutMailLogData(String line) {
            ignored(line);
        }

        @Test
        void qmgrExpiredNoticeIsIgnored() {
            assertEquals(
                    PostfixLogParser.EXPIRY_NOTICE,
                    ignored("Nov  3 10:19:00 mail postfix/qmgr[1187]: 6D4E3B0777:"
                                    + " from=<news@example.nl>, status=expired, returned to sender")
                            .reason());
        }
    }

    @Nested
    class UnparseableLines {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t", "\r\n"})
        void blank(String line) {
            assertEquals(PostfixLogParser.BLANK, unparseable(line).reason());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "hello world",
                    "\u0000\u0001\u0002 binary",
                    "<22>Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Foo  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  3 10:15",
                    "Nov  3 24:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  3 10:60:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  3 10:15:61 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov 32 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  0 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  3 10-15-01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "Nov  3 10:15:01.123 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-13-03T10:15:01+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-02-30T10:15:01+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03 10:15:01+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01.+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01.1234567890+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01+19:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01+01 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "2026-11-03T10:15:01Zmail postfix/qmgr[1187]: 4F1A22C0123: removed",
                    "12345",
                })
        void badTimestamps(String line) {
            Unparseable result = unparseable(line);
            assertNotEquals(PostfixLogParser.UNEXPECTED, result.reason());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Nov  3 10:15:01",
                    "Nov  3 10:15:01 mail",
                    "Nov  3 10:15:01 mail ",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]:",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123:",
                    "Nov  3 10:15:01 mail postfix/qmgr[12",
                    "Nov  3 10:15:01 mail postfix/qmgr[]: 4F1A22C0123: removed",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]x 4F1A22C0123: removed",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]:4F1A22C0123: removed",
                    "Nov  3 10:15:01 mail -- MARK --",
                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl",
                    "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<a@exa",
                    "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<\"unbalanced@example.nl>, status=sent",
                    "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=a@example.nl, relay=none, status=sent (ok)",
                    "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<a@example.nl>x, relay=none, status=sent (ok)",
                })
        void truncatedOrMalformed(String line) {
            Unparseable result = unparseable(line);
            assertNotEquals(PostfixLogParser.UNEXPECTED, result.reason());
        }

        @Test
        void qmgrFromWithoutSize() {
            assertEquals(
                    PostfixLogParser.NO_SIZE,
                    unparseable("Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl>")
                            .reason());
            assertEquals(
                    PostfixLogParser.NO_SIZE,
                    unparseable(
                                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl>, nrcpt=1 (queue active)")
                            .reason());
        }

        @ParameterizedTest
        @ValueSource(strings = {"size=", "size=abc", "size=-5", "size=12x", "size=1234567890123456789"})
        void qmgrFromWithBadSize(String size) {
            assertEquals(
                    PostfixLogParser.BAD_SIZE,
                    unparseable("Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl>, " + size
                                    + ", nrcpt=1")
                            .reason());
        }

        @Test
        void largestSizeIsAccepted() {
            assertEquals(
                    999_999_999_999_999_999L,
                    accepted(
                                    "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<a@example.nl>, size=999999999999999999, nrcpt=1")
                            .sizeBytes());
        }

        @Test
        void toWithoutStatus() {
            assertEquals(
                    PostfixLogParser.NO_STATUS,
                    unparseable(
                                    "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123:"
                                            + " to=<a@example.nl>, relay=mx.example.nl[192.0.2.5]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0")
                            .reason());
            assertEquals(
                    PostfixLogParser.NO_STATUS,
                    unparseable("Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<a@example.nl>")
                            .reason());
            assertEquals(
                    PostfixLogParser.NO_STATUS,
                    unparseable("Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123:"
                                    + " to=<a@example.nl>, relay=none (status=sent)")
                            .reason());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "status=",
                    "status= sent",
                    "status=sent2 (ok)",
                    "status=4.0.0",
                    "status=deliveredwithoutanyproblem (ok)"
                })
        void toWithBadStatus(String status) {
            assertEquals(
                    PostfixLogParser.BAD_STATUS,
                    unparseable("Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<a@example.nl>, relay=none, "
                                    + status)
                            .reason());
        }
    }

    @Nested
    class Rfc3339 {

        @Test
        void microsecondsAndColonOffset() {
            Accepted accepted = accepted("2026-11-03T10:15:01.123456+01:00 mail postfix/qmgr[1187]: 4F1A22C0123:"
                    + " from=<a@example.nl>, size=10, nrcpt=1 (queue active)");
            assertEquals(Instant.parse("2026-11-03T09:15:01.123456Z"), accepted.at());
        }

        @Test
        void compactOffset() {
            assertEquals(
                    Instant.parse("2026-11-03T09:15:01Z"),
                    removed("2026-11-03T10:15:01+0100 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void negativeOffsetAndMilliseconds() {
            assertEquals(
                    Instant.parse("2026-11-03T15:15:01.500Z"),
                    removed("2026-11-03T10:15:01.5-05:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void zulu() {
            assertEquals(
                    Instant.parse("2026-11-03T10:15:01Z"),
                    removed("2026-11-03T10:15:01Z mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
            assertEquals(
                    Instant.parse("2026-11-03T10:15:01.000000001Z"),
                    removed("2026-11-03T10:15:01.000000001Z mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void rfc3339IgnoresTheReferenceYear() {
            assertEquals(
                    Instant.parse("2019-02-28T23:00:00Z"),
                    removed("2019-03-01T00:00:00+01:00 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                            .at());
        }

        @Test
        void fullDeliveryLine() {
            Delivery delivery = delivery("2026-11-03T10:15:02.654321+01:00 mail postfix/smtp[21351]: 4F1A22C0123:"
                    + " to=<info@klant.nl>, relay=mx.klant.nl[192.0.2.25]:25, delay=1.2, delays=0.1/0.01/0.5/0.59,"
                    + " dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B3C1A0042)");
            assertEquals(
                    new Delivery(Instant.parse("2026-11-03T09:15:02.654321Z"), "4F1A22C0123", "info@klant.nl", "sent"),
                    delivery);
        }
    }

    @Nested
    class YearInference {

        private static final String REMOVED = " mail postfix/qmgr[1187]: 4F1A22C0123: removed";

        private Instant at(Instant reference, String timestamp) {
            PostfixLine line = new PostfixLogParser(AMSTERDAM, reference).parse(timestamp + REMOVED);
            return assertInstanceOf(Removed.class, line, timestamp).at();
        }

        @Test
        void decemberLogImportedInJanuaryIsPreviousYear() {
            Instant reference = Instant.parse("2027-01-02T12:00:00Z");
            assertEquals(Instant.parse("2026-12-31T22:59:59Z"), at(reference, "Dec 31 23:59:59"));
            assertEquals(Instant.parse("2027-01-01T23:00:00Z"), at(reference, "Jan  2 00:00:00"));
            assertEquals(Instant.parse("2027-01-02T11:00:00Z"), at(reference, "Jan  2 12:00:00"));
        }

        @Test
        void upToOneDayAfterTheReferenceIsThisYear() {
            // Reference 2026-11-26T12:00Z = 13:00 in Amsterdam; the limit is Nov 27 13:00 local.
            assertEquals(Instant.parse("2026-11-27T12:00:00Z"), at(REFERENCE, "Nov 27 13:00:00"));
            assertEquals(Instant.parse("2025-11-27T12:00:01Z"), at(REFERENCE, "Nov 27 13:00:01"));
            assertEquals(Instant.parse("2025-12-31T22:59:59Z"), at(REFERENCE, "Dec 31 23:59:59"));
        }

        @Test
        void justBeforeNewYearALineJustAfterMidnightIsNextYear() {
            Instant reference = Instant.parse("2026-12-31T22:30:00Z"); // 23:30 in Amsterdam
            assertEquals(Instant.parse("2026-12-31T23:10:00Z"), at(reference, "Jan  1 00:10:00"));
            assertEquals(Instant.parse("2026-12-31T22:00:00Z"), at(reference, "Dec 31 23:00:00"));
        }

        @Test
        void februaryTwentyNinthInLeapYear() {
            assertEquals(
                    Instant.parse("2028-02-29T11:00:00Z"),
                    at(Instant.parse("2028-03-15T12:00:00Z"), "Feb 29 12:00:00"));
            assertEquals(
                    Instant.parse("2028-02-29T11:00:00Z"),
                    at(Instant.parse("2028-02-28T23:00:00Z"), "Feb 29 12:00:00"));
        }

        @Test
        void februaryTwentyNinthFromTheYearBefore() {
            assertEquals(
                    Instant.parse("2028-02-29T11:00:00Z"),
                    at(Instant.parse("2029-01-10T12:00:00Z"), "Feb 29 12:00:00"));
        }

        @Test
        void februaryTwentyNinthWithoutNearbyLeapYearIsUnparseable() {
            PostfixLogParser early = new PostfixLogParser(AMSTERDAM, Instant.parse("2028-02-20T12:00:00Z"));
            assertEquals(
                    PostfixLogParser.NO_SUCH_DATE,
                    assertInstanceOf(Unparseable.class, early.parse("Feb 29 12:00:00" + REMOVED))
                            .reason());
            PostfixLogParser late = new PostfixLogParser(AMSTERDAM, Instant.parse("2030-06-01T12:00:00Z"));
            assertEquals(
                    PostfixLogParser.NO_SUCH_DATE,
                    assertInstanceOf(Unparseable.class, late.parse("Feb 29 12:00:00" + REMOVED))
                            .reason());
        }

        @Test
        void zoneIsApplied() {
            PostfixLogParser utc = new PostfixLogParser(ZoneId.of("UTC"), Instant.parse("2027-01-02T12:00:00Z"));
            assertEquals(
                    Instant.parse("2026-12-31T23:59:59Z"),
                    assertInstanceOf(Removed.class, utc.parse("Dec 31 23:59:59" + REMOVED))
                            .at());
        }

        @Test
        void daylightSavingGapAndOverlapStillParse() {
            Instant reference = Instant.parse("2026-11-26T12:00:00Z");
            // 2026-03-29 02:30 does not exist in Amsterdam; it is moved forward by the gap.
            assertEquals(Instant.parse("2026-03-29T01:30:00Z"), at(reference, "Mar 29 02:30:00"));
            // 2026-10-25 02:30 happens twice; the earlier one is taken.
            assertEquals(Instant.parse("2026-10-25T00:30:00Z"), at(reference, "Oct 25 02:30:00"));
        }
    }

    @Nested
    class Robustness {

        private static final List<String> REALISTIC = List.of(
                "Nov  3 10:15:01 mail postfix/smtpd[21345]: connect from mail-ed1-x52b.google.com[2a00:1450:4864:20::52b]",
                "Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: from=<\"odd, name\"@example.nl>, size=4521, nrcpt=2 (queue active)",
                "Nov  3 10:15:02 mail postfix/lmtp[4001]: 8E3F4A0055: to=<user@example.nl>, orig_to=<alias@example.nl>,"
                        + " relay=mail.example.nl[private/dovecot-lmtp], delay=0.06, delays=0.02/0.01/0.01/0.02, dsn=2.0.0,"
                        + " status=sent (250 2.0.0 <user@example.nl> 8Kq1GJ0aZGc7AQAA Saved)",
                "2026-11-03T10:15:02.654321+01:00 mail postfix-out/smtp[21351]: 4Qx1Zt0mD7z9vXs: to=<a@example.org>,"
                        + " relay=mx.example.net[2001:db8::25]:25, delay=1.2, dsn=5.1.1, status=bounced (host said: 550 5.1.1 unknown)",
                "Nov  3 10:15:02 mail postfix/qmgr[1187]: 4F1A22C0123: removed",
                "Nov  3 10:19:00 mail postfix/qmgr[1187]: 6D4E3B0777: from=<news@example.nl>, status=expired, returned to sender",
                "Nov  3 10:15:04 mail dovecot: imap-login: Login: user=<user@example.nl>, method=PLAIN, rip=192.0.2.44");

        @Test
        void everyPrefixOfRealisticLinesParsesWithoutFailure() {
            for (String line : REALISTIC) {
                for (int end = 0; end <= line.length(); end++) {
                    PostfixLine result = parser.parse(line.substring(0, end));
                    if (result instanceof Unparseable unparseable) {
                        assertNotEquals(PostfixLogParser.UNEXPECTED, unparseable.reason(), line.substring(0, end));
                    }
                }
            }
        }

        @Test
        void randomMutationsNeverThrow() {
            Random random = new Random(20261103L);
            String alphabet = "<>\"\\,= :[]/0123456789ABCDEFabcxyz\u00e9\u0000\t";
            for (int round = 0; round < 20_000; round++) {
                StringBuilder line = new StringBuilder(REALISTIC.get(random.nextInt(REALISTIC.size())));
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits && line.length() > 0; e++) {
                    int at = random.nextInt(line.length());
                    switch (random.nextInt(3)) {
                        case 0 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        case 1 -> line.deleteCharAt(at);
                        default -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                PostfixLine result = parser.parse(line.toString());
                if (result instanceof Unparseable unparseable) {
                    assertNotEquals(PostfixLogParser.UNEXPECTED, unparseable.reason(), line.toString());
                }
            }
        }

        @Test
        void pathologicalLinesAreFast() {
            String prefix = "Nov  3 10:15:01 mail postfix/smtp[2000]: 4F1A22C0123: to=<";
            List<String> lines = List.of(
                    prefix + "\"".repeat(200_000),
                    prefix + "<".repeat(200_000),
                    prefix + "a@b>, " + "x=y, ".repeat(100_000),
                    prefix + "a@b>, " + "k=<\"\\\">\", ".repeat(50_000) + "status=sent",
                    "Nov  3 10:15:01 mail postfix/qmgr[" + "1".repeat(200_000),
                    "Nov  3 10:15:01 " + "a".repeat(300_000),
                    "2026-11-03T10:15:01." + "9".repeat(300_000) + "Z mail x: y");
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < 20; i++) {
                    for (String line : lines) {
                        parser.parse(line);
                    }
                }
            });
        }

        @Test
        void sharedParserIsConsistentAcrossInterleavedTimestamps() {
            Instant a = removed("Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                    .at();
            Instant b = removed("2026-11-03T10:15:01Z mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                    .at();
            Instant c = removed("Nov  3 10:15:01 mail postfix/qmgr[1187]: 4F1A22C0123: removed")
                    .at();
            assertEquals(nov3("09:15:01"), a);
            assertEquals(nov3("10:15:01"), b);
            assertEquals(a, c);
        }

        /**
         * No line of a real log makes the parser itself fail (the tests above see to that), but a
         * reference instant at the very start of time does: the year before it cannot be made.
         * The line is counted as unreadable, and the failure is logged, not dropped.
         */
        @Test
        void aFailureOfTheParserItselfIsUnreadableAndLogged() {
            PostfixLogParser atTheStartOfTime = new PostfixLogParser(
                    ZoneOffset.UTC, LocalDateTime.of(Year.MIN_VALUE, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));
            String line = "Dec 31 23:59:59 mail postfix/qmgr[1187]: 4F1A22C0123: removed";
            List<LogRecord> records;
            try (LogCapture capture = LogCapture.of(PostfixLogParser.class)) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(
                            PostfixLogParser.UNEXPECTED,
                            assertInstanceOf(Unparseable.class, atTheStartOfTime.parse(line))
                                    .reason());
                }
                records = capture.records();
            }
            assertEquals(
                    List.of(Level.WARNING, Level.FINE, Level.FINE),
                    records.stream().map(LogRecord::getLevel).toList(),
                    "one warning with its trace, the rest below it");
            assertInstanceOf(DateTimeException.class, records.get(0).getThrown());
        }
    }
}
