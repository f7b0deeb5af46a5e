package nl.provalue.privacy.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The mail session the server configures at JNDI {@value #JNDI_NAME} (Liberty's
 * {@code <mailSession jndiName="mail/portal">}), as an {@link SmtpTransport}. Looked up at every
 * call rather than injected: where none is configured (the local quick start) the portal must still
 * start, and a changed mail configuration should apply without restarting the portal.
 */
@ApplicationScoped
public class MailSessionLookup {

    public static final String JNDI_NAME = "mail/portal";

    /** Empty when no mail session is configured, or one without an SMTP host. */
    public Optional<SmtpTransport> transport() {
        Object found;
        try {
            found = new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException notConfigured) {
            return Optional.empty();
        }
        if (!(found instanceof Session session) || !hasHost(session)) {
            return Optional.empty();
        }
        return Optional.of(new SmtpTransport(session));
    }

    /**
     * Jakarta Mail takes the host from {@code mail.smtp.host}, or when that is absent from
     * {@code mail.host} (Liberty's {@code host} attribute), and a missing or empty one for
     * "localhost": it would try to deliver there. A session without a host counts as not
     * configured instead, as does one whose host is a server variable nobody defined (Liberty
     * leaves {@code ${...}} as it is then).
     */
    static boolean hasHost(Session session) {
        String smtpHost = session.getProperty("mail.smtp.host");
        String host = smtpHost != null ? smtpHost : session.getProperty("mail.host");
        return host != null && !host.isBlank() && !host.contains("${");
    }
}
