package nl.provalue.privacy.domain.account;

/**
 * Who calls the portal: the two kinds of people who log in, and the provider's own systems, which
 * call the API with a key (an API token) instead of a login. The names are the security role names.
 */
public enum Role {
    CUSTOMER,
    STAFF,
    /** One of the provider's own systems, with a key; what it may do is in the key's scopes. */
    SYSTEM;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String STAFF_NAME = "STAFF";
    public static final String SYSTEM_NAME = "SYSTEM";
}
