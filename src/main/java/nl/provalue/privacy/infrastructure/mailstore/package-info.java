/**
 * The mail server as Dovecot's doveadm HTTP API: {@code DoveadmMailStore} implements the domain's
 * {@code MailStore}, reading what a mailbox holds and removing what its setting says (P5). Every
 * request is built in {@code DoveadmCommand}, which lists the metadata fields and search keys it
 * uses, so the portal never asks for a header, a body or any text of a message (P12). Uses only
 * {@code domain.mail}.
 */
package nl.provalue.privacy.infrastructure.mailstore;
