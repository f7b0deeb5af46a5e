package nl.provalue.privacy.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String LINK_MAIL = "Open https://privacy.provalue.nl/reset?token=3f9a1c binnen een uur.";

    private static OutgoingMail newMail() {
        return new OutgoingMail("jan@example.nl", "Wachtwoord opnieuw instellen", LINK_MAIL, T0);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutgoingMail mail = newMail();

        assertTrue(mail.isDue(T0));
        assertFalse(mail.isDue(T0.minusMillis(1)));
        assertEquals(0, mail.attempts());
    }

    @Test
    void failuresBackOffFromOneMinuteDoublingUpToAnHour() {
        List<Duration> delays = new ArrayList<>();
        for (int failures = 1; failures <= 9; failures++) {
            delays.add(OutgoingMail.retryDelayAfter(failures));
        }

        assertEquals(
                List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
                delays.stream().map(Duration::toMinutes).toList());
        assertEquals(Duration.ofHours(1), OutgoingMail.retryDelayAfter(1_000));
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.retryDelayAfter(0));
    }

    @Test
    void afterAFailureTheMailWaitsForItsNextAttempt() {
        OutgoingMail mail = newMail();
        Instant failedAt = T0.plusSeconds(3);

        mail.markFailed("421 4.7.0 Try again later", failedAt);
        assertEquals(1, mail.attempts());
        assertEquals(failedAt.plus(Duration.ofMinutes(1)), mail.nextAttemptAt());
        assertFalse(mail.isDue(failedAt.plusSeconds(59)));
        assertTrue(mail.isDue(failedAt.plusSeconds(60)));
        assertEquals("421 4.7.0 Try again later", mail.lastError());

        mail.markFailed("421 4.7.0 Try again later", failedAt.plusSeconds(60));
        assertEquals(failedAt.plusSeconds(60).plus(Duration.ofMinutes(2)), mail.nextAttemptAt());
    }

    @Test
    void afterTenFailedAttemptsTheMailIsGivenUpAndKeptWithItsError() {
        OutgoingMail mail = newMail();
        Instant at = T0;
        for (int attempt = 1; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            mail.markFailed("connection refused", at);
            assertFalse(mail.isGivenUp(), "given up after only " + attempt);
            at = mail.nextAttemptAt();
        }

        mail.markFailed("550 5.1.1 mailbox unavailable", at);

        assertEquals(10, mail.attempts());
        assertTrue(mail.isGivenUp());
        assertFalse(mail.isDue(at.plus(Duration.ofDays(365))));
        assertNull(mail.sentAt());
        assertEquals("550 5.1.1 mailbox unavailable", mail.lastError());
        assertEquals(LINK_MAIL, mail.body());
        assertThrows(IllegalStateException.class, () -> mail.markFailed("again", T0));
        assertThrows(IllegalStateException.class, () -> mail.markSent(T0));
    }

    @Test
    void aMailIsFinishedWhenSentOrGivenUpAndNotBefore() {
        OutgoingMail sent = newMail();
        assertNull(sent.finishedAt());
        sent.markFailed("connection refused", T0);
        assertNull(sent.finishedAt(), "one failure: still being tried");
        sent.markSent(T0.plus(Duration.ofMinutes(1)));
        assertEquals(T0.plus(Duration.ofMinutes(1)), sent.finishedAt());

        OutgoingMail givenUp = newMail();
        Instant at = T0;
        for (int attempt = 1; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            givenUp.markFailed("connection refused", at);
            at = givenUp.nextAttemptAt();
        }
        assertNull(givenUp.finishedAt());
        Instant lastAttempt = at.plusSeconds(7);
        givenUp.markFailed("connection refused", lastAttempt);

        assertEquals(lastAttempt, givenUp.finishedAt(), "given up at its last attempt");
        assertEquals(lastAttempt, givenUp.nextAttemptAt(), "no next attempt: the moment it was given up");
    }

    @Test
    void aSentMailLosesItsBodyBecauseItMayHoldAOneTimeLink() {
        OutgoingMail mail = newMail();
        mail.markFailed("connection refused", T0);

        mail.markSent(T0.plus(Duration.ofMinutes(1)));

        assertTrue(mail.isSent());
        assertEquals("", mail.body());
        assertEquals(T0.plus(Duration.ofMinutes(1)), mail.sentAt());
        assertEquals(2, mail.attempts());
        assertNull(mail.lastError());
        assertFalse(mail.isDue(T0.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.markSent(T0));
    }

    @Test
    void anErrorIsKeptOnOneLineAndShortenedToTheColumn() {
        OutgoingMail mail = newMail();

        mail.markFailed("jakarta.mail.MessagingException: refused;\n  nested exception is:\n\t" + "x".repeat(600), T0);

        assertEquals(500, mail.lastError().length());
        assertTrue(mail.lastError().startsWith("jakarta.mail.MessagingException: refused; nested exception is: xxx"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan@example.nl\r\nBcc: everyone@example.nl",
                "jan@example.nl\nBcc: everyone@example.nl",
                "jan@example.nl\r",
                "\njan@example.nl"
            })
    void aLineBreakInTheRecipientIsRefused(String recipient) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new OutgoingMail(recipient, "Wachtwoord", LINK_MAIL, T0));
        assertTrue(refused.getMessage().contains("header injection"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Wachtwoord\r\nBcc: everyone@example.nl", "Wachtwoord\nContent-Type: text/html", "Wachtwoord\r"})
    void aLineBreakInTheSubjectIsRefused(String subject) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", subject, LINK_MAIL, T0));
        assertTrue(refused.getMessage().contains("header injection"));
    }

    @Test
    void otherControlCharactersInTheSubjectAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMail("jan@example.nl", "Wacht\u0000woord", LINK_MAIL, T0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMail("jan@example.nl", "Wacht\twoord", LINK_MAIL, T0));
    }

    @Test
    void anOverlongSubjectIsRefusedNotCut() {
        String longest = "é".repeat(OutgoingMail.MAX_SUBJECT_LENGTH);

        assertEquals(longest, new OutgoingMail("jan@example.nl", longest, LINK_MAIL, T0).subject());
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", longest + "e", LINK_MAIL, T0));
        assertTrue(refused.getMessage().contains("longer than 200"));
    }

    @Test
    void anOverlongRecipientOrBodyIsRefusedNotCut() {
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".nl";
        String longestAddress = local + "@" + domain;
        assertEquals(254, longestAddress.length());
        assertEquals(longestAddress, new OutgoingMail(longestAddress, "s", LINK_MAIL, T0).recipient());
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("a" + longestAddress, "s", LINK_MAIL, T0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingMail("a".repeat(65) + "@example.nl", "s", LINK_MAIL, T0));

        String longestBody = "x".repeat(OutgoingMail.MAX_BODY_LENGTH);
        assertEquals(longestBody, new OutgoingMail("jan@example.nl", "s", longestBody, T0).body());
        assertThrows(
                IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", "s", longestBody + "x", T0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan.de-vries+portal@mail.example.nl",
                "j_o'brien@example.co.uk",
                "1234@sub.domain-with-dash.example"
            })
    void plausibleAddressesAreAccepted(String recipient) {
        assertEquals(recipient, new OutgoingMail(recipient, "s", LINK_MAIL, T0).recipient());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jan",
                "jan@",
                "@example.nl",
                "jan@localhost",
                "jan@@example.nl",
                "jan@example.nl, piet@example.nl",
                "jan@example.nl;piet@example.nl",
                "Jan <jan@example.nl>",
                "\"jan\"@example.nl",
                "jan @example.nl",
                ".jan@example.nl",
                "jan..de.vries@example.nl",
                "jan@-example.nl",
                "jan@example..nl",
                "jañ@example.nl"
            })
    void anythingButOnePlainAddressIsRefused(String recipient) {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(recipient, "s", LINK_MAIL, T0));
    }

    @Test
    void recipientSubjectAndBodyAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(null, "s", LINK_MAIL, T0));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(" ", "s", LINK_MAIL, T0));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", null, LINK_MAIL, T0));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", "  ", LINK_MAIL, T0));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", "s", null, T0));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("jan@example.nl", "s", "", T0));
    }
}
