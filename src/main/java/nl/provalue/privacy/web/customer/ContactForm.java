package nl.provalue.privacy.web.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import nl.provalue.privacy.application.MyDataViews;
import nl.provalue.privacy.domain.customer.ContactDetails;

/**
 * The contact-details form. Here only what is required and how long a field may be; whether a
 * postal code, phone number and e-mail address are ones the provider can use is the domain's to
 * say (ContactRules, P1), for all fields at once, each at its own field.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.fullName.required}")
    @Size(max = 200, message = "{contact.tooLong}")
    private String fullName;

    @Size(max = 200, message = "{contact.tooLong}")
    private String organisation;

    @NotBlank(message = "{contact.street.required}")
    @Size(max = 200, message = "{contact.tooLong}")
    private String street;

    @NotBlank(message = "{contact.postalCode.required}")
    @Size(max = 20, message = "{contact.tooLong}")
    private String postalCode;

    @NotBlank(message = "{contact.city.required}")
    @Size(max = 100, message = "{contact.tooLong}")
    private String city;

    @NotBlank(message = "{contact.country.invalid}")
    @Pattern(regexp = "[A-Z]{2}", message = "{contact.country.invalid}")
    private String countryCode;

    @Size(max = 40, message = "{contact.tooLong}")
    private String phone;

    @NotBlank(message = "{contact.email.required}")
    @Size(max = 254, message = "{contact.tooLong}")
    private String email;

    public static ContactForm of(MyDataViews.Contact c) {
        ContactForm f = new ContactForm();
        f.fullName = c.fullName();
        f.organisation = c.organisation();
        f.street = c.street();
        f.postalCode = c.postalCode();
        f.city = c.city();
        f.countryCode = c.countryCode();
        f.phone = c.phone();
        f.email = c.email();
        return f;
    }

    public ContactDetails toDetails() {
        return new ContactDetails(
                trim(fullName),
                trim(organisation),
                trim(street),
                trim(postalCode),
                trim(city),
                trim(countryCode),
                trim(phone),
                trim(email));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String v) {
        organisation = v;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String v) {
        street = v;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String v) {
        postalCode = v;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String v) {
        city = v;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String v) {
        countryCode = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }
}
