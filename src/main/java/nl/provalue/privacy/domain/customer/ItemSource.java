package nl.provalue.privacy.domain.customer;

/** P1: the only ways personal data reaches the provider. */
public enum ItemSource {
    /** A form on the provider's website or in this portal. */
    WEB_FORM,
    /** Said on the phone or at the desk. */
    ORAL,
    /** A letter or document the customer sent. */
    DOCUMENT,
    /** An e-mail the customer sent. */
    EMAIL,
    /**
     * What the customer gave when ordering or changing a service, passed on by the provider's own
     * customer system (billing and control panel) through the provisioning API.
     */
    CUSTOMER_SYSTEM
}
