package nl.provalue.privacy.domain.disclosure;

/** P11, P13: what a third party asks the provider to hand over or to do. */
public enum RequestType {
    SUBSCRIBER_DATA,
    TRAFFIC_DATA,
    STORED_CONTENT,
    /** P13: lawful interception under the Telecommunications Act. */
    INTERCEPTION,
    /** P10: non-public registration data asked for under the legitimate-interest route. */
    REGISTRATION_DATA,
    CIVIL_SUBPOENA
}
