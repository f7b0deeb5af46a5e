package nl.provalue.privacy.domain.disclosure;

/** P11: who asks. */
public enum AuthorityType {
    POLICE,
    PUBLIC_PROSECUTOR,
    COURT,
    FIOD,
    INTELLIGENCE_SERVICE,
    CIVIL_PARTY_WITH_COURT_ORDER,
    THIRD_PARTY_REGISTRATION_DATA
}
