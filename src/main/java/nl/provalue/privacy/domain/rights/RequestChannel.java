package nl.provalue.privacy.domain.rights;

/** How a rights request reached the provider. */
public enum RequestChannel {
    PORTAL,
    LETTER,
    PHONE,
    EMAIL
}
