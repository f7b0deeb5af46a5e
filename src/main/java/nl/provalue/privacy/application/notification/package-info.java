/** Sending the portal's own e-mail: {@link nl.provalue.privacy.application.notification.Mailer}. */
package nl.provalue.privacy.application.notification;
