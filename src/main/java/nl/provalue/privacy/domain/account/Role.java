package nl.provalue.privacy.domain.account;

/** The two kinds of people who log in. The names are the security role names. */
public enum Role {
    CUSTOMER,
    STAFF;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String STAFF_NAME = "STAFF";
}
