package nl.provalue.privacy.domain.registration;

/** P10: the contacts a domain registration carries. */
public enum ContactRole {
    REGISTRANT,
    ADMINISTRATIVE,
    TECHNICAL
}
