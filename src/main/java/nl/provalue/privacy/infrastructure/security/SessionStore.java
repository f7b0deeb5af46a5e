package nl.provalue.privacy.infrastructure.security;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the portal runs on several servers, Liberty keeps sessions in the database
 * (liberty/cluster/cluster.xml) and writes them when a request ends. A redirect reaches the browser
 * before that, and the browser's next request may reach another server: before a redirect the
 * session is written at once, through Liberty's own {@code IBMSession.sync()}, in a sign-in step
 * (its redirect comes from the sign-in mechanism, before any servlet runs) and in every other
 * redirect ({@link SessionWriteFilter}). On one server, with sessions in memory, that does nothing.
 */
final class SessionStore {

    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
    private static final Method SYNC = syncMethod();

    private SessionStore() {}

    private static Method syncMethod() {
        try {
            return Class.forName("com.ibm.websphere.servlet.session.IBMSession").getMethod("sync");
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }

    /** Writes the session to the session store now, where there is one. */
    static void writeNow(HttpSession session) {
        if (SYNC == null || !SYNC.getDeclaringClass().isInstance(session)) {
            return;
        }
        try {
            SYNC.invoke(session);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // The next request to this server still finds the session; another may ask to sign in again.
            LOG.log(Level.WARNING, "Session not written to the session store at once", e);
        }
    }
}
