/**
 * How people and systems sign in: {@code PortalAuthenticationMechanism} (form login with an
 * optional second step, a new session at every step, the {@code sign_in_session} checked on every
 * request; Bearer keys for the API), the login kept in the session ({@code SessionLogin},
 * {@code PendingSignIn}), {@code RequestOrigin} (did the portal's own pages send this change),
 * {@code TransportPolicy} (HTTPS only, HSTS), {@code QrCode} for an authenticator app, and
 * {@code SessionStore} and {@code SessionWriteFilter}, which write a session kept in the database
 * before a redirect leaves, so that any server finds it. No clause
 * of the policy, but what P12 rests on. Uses {@code application}, {@code application.signin},
 * {@code application.apitoken}, {@code domain.account} and {@code domain.apitoken}.
 */
package nl.provalue.privacy.infrastructure.security;
