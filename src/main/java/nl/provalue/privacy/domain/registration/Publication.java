package nl.provalue.privacy.domain.registration;

/** P10: whether a registration field appears in the public WHOIS/RDAP record. */
public enum Publication {
    /** The registry's rules publish it; the customer cannot withhold it. */
    ALWAYS,
    /** Redacted unless the customer consents to publication. */
    WITH_CONSENT,
    /** Never published. */
    NEVER
}
