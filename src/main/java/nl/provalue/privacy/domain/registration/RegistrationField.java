package nl.provalue.privacy.domain.registration;

import java.util.function.Function;
import nl.provalue.privacy.domain.customer.ContactDetails;

/** P10: the fields of a domain contact that a registration record can show, with their RDAP redaction names. */
public enum RegistrationField {
    NAME("Name", ContactDetails::fullName),
    ORGANISATION("Organization", ContactDetails::organisation),
    STREET("Street", ContactDetails::street),
    POSTAL_CODE("Postal Code", ContactDetails::postalCode),
    CITY("City", ContactDetails::city),
    COUNTRY("Country", ContactDetails::countryCode),
    PHONE("Phone", ContactDetails::phone),
    EMAIL("Email", ContactDetails::email);

    private final String rdapLabel;
    private final Function<ContactDetails, String> value;

    RegistrationField(String rdapLabel, Function<ContactDetails, String> value) {
        this.rdapLabel = rdapLabel;
        this.value = value;
    }

    public String valueIn(ContactDetails details) {
        return value.apply(details);
    }

    /** The label used in WHOIS output and, with the role, as RFC 9537 redaction name ("Registrant Email"). */
    public String label() {
        return rdapLabel;
    }
}
