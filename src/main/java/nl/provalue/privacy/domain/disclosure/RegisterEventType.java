package nl.provalue.privacy.domain.disclosure;

/** P11: what happened to a request in the register. */
public enum RegisterEventType {
    REGISTERED,
    REVIEW_STARTED,
    APPROVED,
    REFUSED,
    HANDED_OVER,
    /** Secrecy set before a reviewer had to decide on it; kept for the register's history. */
    SECRECY_SET,
    /** P9, P13: a reviewer decided whether the customers may be told (no secrecy, or until a day). */
    SECRECY_DECIDED,
    ATTACHMENT_ADDED,
    CLOSED
}
