package nl.provalue.privacy.domain.disclosure;

/** P11: the kinds of data a request concerns. */
public enum DataScope {
    SUBSCRIBER_DATA,
    MAIL_LOG,
    ACCESS_LOG,
    MAIL_CONTENT,
    WEBSITE_CONTENT,
    REGISTRATION_DATA
}
