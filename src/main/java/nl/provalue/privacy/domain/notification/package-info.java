/**
 * The portal's own outgoing e-mail (password-reset and activation links, notices of a locked
 * account): {@link nl.provalue.privacy.domain.notification.OutgoingMail} and its rules of due,
 * retry, giving up and erasing a sent mail's body, and the outbox that holds them.
 */
package nl.provalue.privacy.domain.notification;
