package nl.provalue.privacy.infrastructure.security;

import java.io.Serializable;

import nl.provalue.privacy.domain.account.Role;

/**
 * Who is signed in on an HTTP session: the only login state the portal keeps. It is put in a new
 * session at sign-in (never into one that existed before), and it refers to the
 * {@code sign_in_session} row that the person can see and end.
 */
public record SessionLogin(long accountId, String username, Role role, long sessionId) implements Serializable {

    public static final String ATTRIBUTE = "nl.provalue.privacy.login";
}
