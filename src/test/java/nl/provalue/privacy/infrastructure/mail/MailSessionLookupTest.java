package nl.provalue.privacy.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSessionLookupTest {

    @Test
    void aSessionWithoutAHostIsNotConfigured() {
        Properties properties = new Properties();
        assertFalse(MailSessionLookup.hasHost(Session.getInstance(properties)));
        // Liberty passes an empty host attribute on as it is; Jakarta Mail would then try localhost.
        properties.put("mail.host", "");
        assertFalse(MailSessionLookup.hasHost(Session.getInstance(properties)));
        properties.put("mail.host", "${portal.smtp.host}");
        assertFalse(MailSessionLookup.hasHost(Session.getInstance(properties)));
        properties.put("mail.host", "smtp.provalue.nl");
        assertTrue(MailSessionLookup.hasHost(Session.getInstance(properties)));
        properties.put("mail.smtp.host", " ");
        assertFalse(MailSessionLookup.hasHost(Session.getInstance(properties)));
    }

    @Test
    void withoutAnyMailSessionThereIsNoTransport() {
        // Outside a server JNDI has nothing at mail/portal, as on a server without a <mailSession>.
        assertTrue(new MailSessionLookup().transport().isEmpty());
    }
}
