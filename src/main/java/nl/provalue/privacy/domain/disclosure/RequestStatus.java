package nl.provalue.privacy.domain.disclosure;

/** P11: where a request is in its review. */
public enum RequestStatus {
    RECEIVED,
    UNDER_LEGAL_REVIEW,
    APPROVED_IN_FULL,
    APPROVED_IN_PART,
    REFUSED,
    HANDED_OVER,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED && this != REFUSED;
    }

    public boolean isApproved() {
        return this == APPROVED_IN_FULL || this == APPROVED_IN_PART;
    }
}
