package nl.provalue.privacy.application.desk;

/** P12: the short list of reasons staff open a customer's data for; a free text says more. */
public enum AccessPurpose {
    CUSTOMER_QUESTION,
    RIGHTS_REQUEST,
    TECHNICAL_SUPPORT,
    BILLING,
    LEGAL_OBLIGATION,
    OTHER
}
