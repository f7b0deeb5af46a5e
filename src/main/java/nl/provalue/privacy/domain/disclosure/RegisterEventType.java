package nl.provalue.privacy.domain.disclosure;

/** P11: what happened to a request in the register. */
public enum RegisterEventType {
    REGISTERED,
    REVIEW_STARTED,
    APPROVED,
    REFUSED,
    HANDED_OVER,
    SECRECY_SET,
    ATTACHMENT_ADDED,
    CLOSED
}
