package nl.provalue.privacy.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * How to reach a customer: name, postal address, phone and e-mail. Immutable; a correction
 * replaces the whole value so that the old and new value can both be recorded. Whether the postal
 * code, phone number and e-mail address can be used is decided by {@link ContactRules}
 * ({@link ValidContact}), once per field.
 */
@Embeddable
@ValidContact
public class ContactDetails {

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Size(max = 200)
    @Column(name = "organisation", length = 200)
    private String organisation;

    @Size(max = 200)
    @Column(name = "street", length = 200)
    private String street;

    @Size(max = 20)
    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Size(max = 100)
    @Column(name = "city", length = 100)
    private String city;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Size(max = 40)
    @Column(name = "phone", length = 40)
    private String phone;

    @NotBlank
    @Size(max = 254)
    @Column(name = "email", nullable = false, length = 254)
    private String email;

    protected ContactDetails() {}

    public ContactDetails(
            String fullName,
            String organisation,
            String street,
            String postalCode,
            String city,
            String countryCode,
            String phone,
            String email) {
        this.fullName = fullName;
        this.organisation = blankToNull(organisation);
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
        this.phone = blankToNull(phone);
        this.email = email;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String fullName() {
        return fullName;
    }

    public String organisation() {
        return organisation;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String countryCode() {
        return countryCode;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    /** One line as on an envelope. */
    public String postalAddress() {
        StringBuilder b = new StringBuilder();
        if (street != null) b.append(street);
        if (postalCode != null || city != null) {
            if (!b.isEmpty()) b.append(", ");
            if (postalCode != null) b.append(postalCode).append(' ');
            if (city != null) b.append(city);
        }
        return b.toString().trim();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ContactDetails c)) return false;
        return Objects.equals(fullName, c.fullName)
                && Objects.equals(organisation, c.organisation)
                && Objects.equals(street, c.street)
                && Objects.equals(postalCode, c.postalCode)
                && Objects.equals(city, c.city)
                && Objects.equals(countryCode, c.countryCode)
                && Objects.equals(phone, c.phone)
                && Objects.equals(email, c.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullName, organisation, street, postalCode, city, countryCode, phone, email);
    }
}
