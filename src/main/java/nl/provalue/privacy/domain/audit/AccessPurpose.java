package nl.provalue.privacy.domain.audit;

/**
 * P12: the short list of purposes staff open a customer's data for; a free text says more. Kept
 * as a code on every staff view, so the customer reads it in their own language.
 */
public enum AccessPurpose {
    CUSTOMER_QUESTION,
    RIGHTS_REQUEST,
    TECHNICAL_SUPPORT,
    BILLING,
    LEGAL_OBLIGATION,
    OTHER
}
