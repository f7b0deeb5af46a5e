/**
 * Signing in and a person's own account security: {@code SignInService} (the password, then a
 * second factor; every attempt recorded and the {@code LoginThrottle} asked first),
 * {@code AccountSecurityService} (password, second factor, recovery codes, sign-in history, open
 * sessions, reset link) and {@code SignInMails}. No clause of the policy, but what P12 rests on:
 * only the right person reaches a customer's data. Uses {@code application},
 * {@code application.notification} ({@code Mailer}) and {@code domain.account},
 * {@code domain.audit}, {@code domain.customer}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.signin;
