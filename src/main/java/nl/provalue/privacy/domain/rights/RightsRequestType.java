package nl.provalue.privacy.domain.rights;

/** The rights a customer has under the GDPR that they can exercise by a request. */
public enum RightsRequestType {
    /** Article 15: a copy of the data and how it is used. */
    ACCESS,
    /** Article 16: correction of data that is wrong. */
    RECTIFICATION,
    /** Article 17: erasure of data the provider does not have to keep. */
    ERASURE,
    /** Article 18: restriction of processing. */
    RESTRICTION,
    /** Article 21: objection, here to the use of access logs for visitor statistics (P6). */
    OBJECTION
}
