package nl.provalue.privacy.application;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * What went wrong with a use case, decided once for every way in: the screens (a message on the
 * page, "fault.*" in the bundles), the API (a problem document) and sign-in (503 while the
 * database is away). Causes are looked for along the whole chain, because containers wrap what a
 * service threw.
 */
public enum Fault {

    /** A rule of the privacy policy refused the change; the exception names the rule. */
    POLICY,
    /** The thing asked for does not exist, or is not the caller's. */
    NOT_FOUND,
    /** The caller may not do this. */
    DENIED,
    /** Someone else changed the same thing at the same moment; trying again works. */
    CONFLICT,
    /** The database cannot be reached for the moment. */
    UNAVAILABLE,
    /** A defect: logged in full, the person only hears that it failed. */
    UNEXPECTED;

    public static Fault of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PolicyViolationException) {
                return POLICY;
            }
            if (t instanceof NotFoundException) {
                return NOT_FOUND;
            }
            if (t instanceof AccessDeniedException) {
                return DENIED;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof SQLTransactionRollbackException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return CONFLICT;
            }
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return UNAVAILABLE;
            }
        }
        return UNEXPECTED;
    }

    /** The rule's message key of a {@link #POLICY} fault, else this fault's own. */
    public static String messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PolicyViolationException p) {
                return p.getMessageKey();
            }
        }
        return of(error).ownKey();
    }

    /** The text that tells the person, in the message bundles. */
    public String ownKey() {
        return "fault." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
