/**
 * How people log in to the portal: the form login mechanism, the identity store that checks
 * accounts, the slow password hash, and the QR code that sets up an authenticator app.
 */
package nl.provalue.privacy.infrastructure.security;
