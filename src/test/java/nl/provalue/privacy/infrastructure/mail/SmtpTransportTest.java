package nl.provalue.privacy.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real SMTP: a GreenMail server on a free port, and a session built the way Liberty builds one. */
class SmtpTransportTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static Session session(int port, String from) {
        Properties properties = new Properties();
        // Liberty's <mailSession host="..." from="..."> arrive as mail.host and mail.from.
        properties.put("mail.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        if (from != null) {
            properties.put("mail.from", from);
        }
        return Session.getInstance(properties);
    }

    private static Session greenMailSession() {
        return session(SMTP.getSmtp().getPort(), "privacy@provalue.nl");
    }

    @Test
    void recipientSubjectAndDutchTextArriveIntact() throws Exception {
        String body = "Beste Eléonore,\n\nUw account is na te veel mislukte aanmeldingen geblokkeerd. Tweeëntwintig"
                + " minuten later kunt u het opnieuw proberen, of uw wachtwoord opnieuw instellen.\n\nProvalue";

        new SmtpTransport(greenMailSession())
                .send("eleonore@example.nl", "Uw account is geblokkeerd: één melding", body);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertArrayEquals(
                new Address[] {new InternetAddress("eleonore@example.nl")},
                mail.getRecipients(Message.RecipientType.TO));
        assertArrayEquals(new Address[] {new InternetAddress("privacy@provalue.nl")}, mail.getFrom());
        assertEquals("Uw account is geblokkeerd: één melding", mail.getSubject());
        assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain"), mail.getContentType());
        assertTrue(mail.getContentType().toLowerCase().contains("charset=utf-8"), mail.getContentType());
        // SMTP carries lines ending in CR LF; the text is otherwise the same, accents and all.
        assertEquals(body, mail.getContent().toString().replace("\r\n", "\n"));
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
    }

    @Test
    void withoutASenderAddressNothingIsSent() {
        MessagingException refused = assertThrows(
                MessagingException.class,
                () -> new SmtpTransport(session(SMTP.getSmtp().getPort(), null)).send("jan@example.nl", "s", "text"));

        assertTrue(refused.getMessage().contains("mail.from"));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aRecipientListIsRefused() {
        assertThrows(
                MessagingException.class,
                () -> new SmtpTransport(greenMailSession()).send("jan@example.nl, piet@example.nl", "s", "text"));

        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThrows(
                MessagingException.class,
                () -> new SmtpTransport(session(closedPort, "privacy@provalue.nl"))
                        .send("jan@example.nl", "s", "text"));
    }
}
