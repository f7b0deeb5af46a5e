package nl.provalue.privacy.domain.customer;

import java.util.function.Function;

/** The fields of {@link ContactDetails} a customer can correct. */
public enum ContactField {
    FULL_NAME(ContactDetails::fullName),
    ORGANISATION(ContactDetails::organisation),
    STREET(ContactDetails::street),
    POSTAL_CODE(ContactDetails::postalCode),
    CITY(ContactDetails::city),
    COUNTRY(ContactDetails::countryCode),
    PHONE(ContactDetails::phone),
    EMAIL(ContactDetails::email);

    private final Function<ContactDetails, String> getter;

    ContactField(Function<ContactDetails, String> getter) {
        this.getter = getter;
    }

    public String valueIn(ContactDetails details) {
        return details == null ? null : getter.apply(details);
    }

    /** P1: the fields whose value differs between two contact details (either may be absent), in field order. */
    public static java.util.List<ContactField> differing(ContactDetails before, ContactDetails after) {
        return java.util.Arrays.stream(values())
                .filter(f -> !java.util.Objects.equals(f.valueIn(before), f.valueIn(after)))
                .toList();
    }
}
