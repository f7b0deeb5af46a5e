package nl.provalue.privacy.infrastructure.security;

import java.io.Serializable;
import nl.provalue.privacy.domain.account.Role;

/**
 * Who is signed in on an HTTP session: the only login state the portal keeps. It is put in a new
 * session at sign-in (never into one that existed before), and it refers to the
 * {@code sign_in_session} row that the person can see and end, and to whose data the login reaches.
 */
public record SessionLogin(
        long accountId, String username, Role role, long sessionId, Long customerId, Long staffMemberId)
        implements Serializable {

    /** The caller the container is told about on each request of this session. */
    public nl.provalue.privacy.application.SignedInCaller caller() {
        return new nl.provalue.privacy.application.SignedInCaller(username, role, customerId, staffMemberId);
    }

    /** Who signed in, as the application knows its callers. */
    public nl.provalue.privacy.application.CurrentCaller.Identity identity() {
        return new nl.provalue.privacy.application.CurrentCaller.Identity(username, role, customerId, staffMemberId);
    }

    public static final String ATTRIBUTE = "nl.provalue.privacy.login";
}
