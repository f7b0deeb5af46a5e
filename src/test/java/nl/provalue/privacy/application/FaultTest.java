package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void causesAreFoundThroughTheContainersWrapping() {
        RuntimeException wrapped = new RuntimeException(
                new IllegalStateException(new SQLTransientConnectionException("Connection refused")));
        assertEquals(Fault.UNAVAILABLE, Fault.of(wrapped));
        assertEquals(Fault.NOT_FOUND, Fault.of(new RuntimeException(new NotFoundException("request", 7))));
        assertEquals(Fault.DENIED, Fault.of(new AccessDeniedException("staff only")));
        assertEquals(Fault.CONFLICT, Fault.of(new RuntimeException(new jakarta.persistence.OptimisticLockException())));
        assertEquals(Fault.UNEXPECTED, Fault.of(new NullPointerException()));
    }

    @Test
    void aRuleThatRefusesSpeaksWithItsOwnMessage() {
        PolicyViolationException refused = new PolicyViolationException("backup.takenAt.future", "2030");
        assertEquals(Fault.POLICY, Fault.of(new RuntimeException(refused)));
        assertEquals("backup.takenAt.future", Fault.messageKey(new RuntimeException(refused)));
        assertEquals("fault.unavailable", Fault.messageKey(new SQLTransientConnectionException()));
    }

    @Test
    void everyFaultHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (Fault fault : Fault.values()) {
                if (fault != Fault.POLICY) {
                    assertEquals(true, bundle.containsKey(fault.ownKey()), fault + " in " + locale);
                }
            }
        }
    }
}
