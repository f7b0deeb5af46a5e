package nl.provalue.privacy.domain.registration;

/** P10: registries publish differently for a private person and an organisation. */
public enum HolderKind {
    NATURAL_PERSON,
    ORGANISATION
}
