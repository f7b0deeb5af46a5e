/**
 * Sending the portal's own e-mail: the outbox table ({@code mail_outbox}), the dispatcher that sends
 * due mails on a schedule with claims so that several servers never send one mail twice at once,
 * and SMTP through the mail session the server configures at JNDI {@code mail/portal}.
 */
package nl.provalue.privacy.infrastructure.mail;
