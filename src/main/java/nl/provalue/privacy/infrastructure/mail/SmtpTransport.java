package nl.provalue.privacy.infrastructure.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;

/**
 * Hands one plain-text mail to the SMTP server of a {@link Session}: From is the session's
 * {@code mail.from} (Liberty's {@code <mailSession from="...">}), the text goes as
 * {@code text/plain; charset=UTF-8}. Host, port, STARTTLS, login and time-outs are the session's.
 * The session is given, not looked up (see {@link MailSessionLookup}), so a test can bring its own.
 */
public class SmtpTransport {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;

    public SmtpTransport(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Sends the mail and returns once the server has accepted it.
     *
     * @throws MessagingException when the session has no usable {@code mail.from}, an address is
     *                            not valid, or the server cannot be reached or refuses the mail
     */
    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from());
        // strict: one address as written, no list, no header text smuggled in.
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, UTF_8);
        message.setText(body, UTF_8);
        message.setSentDate(new Date());
        // RFC 3834: sent by the portal, not by a person, so out-of-office replies stay away.
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    private InternetAddress from() throws MessagingException {
        String from = session.getProperty("mail.from");
        if (from == null || from.isBlank()) {
            throw new MessagingException("The mail session has no sender address (mail.from)");
        }
        try {
            return new InternetAddress(from.strip(), true);
        } catch (AddressException e) {
            throw new MessagingException("The mail session's sender address (mail.from) is not valid", e);
        }
    }
}
