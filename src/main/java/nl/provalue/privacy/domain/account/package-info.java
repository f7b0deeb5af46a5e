/**
 * Logins: the {@code UserAccount} with its role and password hash, and the rules of two-factor
 * sign-in (the authenticator app's {@code TotpSecret}, the {@code TotpVerifier} that accepts each
 * code once, and one-time {@code RecoveryCodes}), and how long the records of signing in are kept
 * ({@code SignInRecordRetention}, P3). Pure rules, no container needed to test them.
 */
package nl.provalue.privacy.domain.account;
