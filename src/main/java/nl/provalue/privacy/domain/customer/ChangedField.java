package nl.provalue.privacy.domain.customer;

/**
 * P1: what a recorded change concerns. The contact fields are those of {@link ContactField}, of
 * the customer or of a contact of one of their domain names; the others are a domain name, mailbox
 * or website being added or removed, and what a mailbox or website is used with.
 */
public enum ChangedField {
    FULL_NAME,
    ORGANISATION,
    STREET,
    POSTAL_CODE,
    CITY,
    COUNTRY,
    PHONE,
    EMAIL,
    /** A domain name was added (new value) or removed (old value). */
    DOMAIN,
    /** A mailbox was added (new value) or removed (old value). */
    MAILBOX,
    /** The protocols a mailbox is used with. */
    MAILBOX_PROTOCOLS,
    /** A website was added (new value) or removed (old value). */
    WEBSITE,
    /** The hosting plan of a website. */
    WEBSITE_PLAN;

    /** Whether this is a field of contact details (the customer's, or a domain name contact's). */
    public boolean isContactField() {
        return ordinal() <= EMAIL.ordinal();
    }

    /** The change field of a contact field. */
    public static ChangedField of(ContactField field) {
        return valueOf(field.name());
    }
}
