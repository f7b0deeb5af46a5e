package nl.provalue.privacy.domain.mail;

/** P5: how a customer fetches mail. */
public enum MailProtocol {
    POP3,
    IMAP,
    WEBMAIL
}
