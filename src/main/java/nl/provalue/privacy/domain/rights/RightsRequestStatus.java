package nl.provalue.privacy.domain.rights;

/** Where a rights request is. */
public enum RightsRequestStatus {
    RECEIVED,
    IDENTITY_CHECKED,
    IN_PROGRESS,
    DONE,
    REFUSED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == RECEIVED || this == IDENTITY_CHECKED || this == IN_PROGRESS;
    }
}
