/**
 * The pages of a person's own sign-in: {@code SignInStepBean} (the code step, setting up an
 * authenticator app), {@code AccountSecurityBean} (password, second factor, recovery codes,
 * sessions, history) and {@code PasswordResetBean} (forgotten password, activation);
 * {@code SignedIn} reads the session's login, the only source of the account acted on. No clause of
 * the policy, but what P12 rests on. Uses {@code application}, {@code application.signin},
 * {@code domain.account}, {@code web}, and {@code infrastructure.security} ({@code SessionLogin},
 * {@code PendingSignIn}, {@code PortalAuthenticationMechanism}, {@code QrCode}).
 */
package nl.provalue.privacy.web.account;
