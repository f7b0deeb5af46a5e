package nl.provalue.privacy.domain.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a postal code, a phone number and an e-mail address must look like before the provider records them
 * (P1: what we hold about a customer is right). Decided here once; the contact form and the
 * domain's own validation both ask.
 */
public final class ContactRules {

    /**
     * Postal codes of the countries customers mostly live in. Dutch: four digits, the first not
     * 0, then two letters, with or without a space; PostNL does not use SA, SD and SS. Belgium,
     * Luxembourg, Austria, Switzerland and Denmark: four digits; Germany, France, Spain, Italy
     * and Finland: five.
     */
    private static final Map<String, Pattern> POSTAL_CODES = Map.of(
            "NL", Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}"),
            "BE", Pattern.compile("[1-9][0-9]{3}"),
            "LU", Pattern.compile("(L-)?[0-9]{4}"),
            "AT", Pattern.compile("[1-9][0-9]{3}"),
            "CH", Pattern.compile("[1-9][0-9]{3}"),
            "DK", Pattern.compile("[1-9][0-9]{3}"),
            "DE", Pattern.compile("[0-9]{5}"),
            "FR", Pattern.compile("[0-9]{5}"),
            "ES", Pattern.compile("[0-9]{5}"),
            "IT", Pattern.compile("[0-9]{5}"));

    /** Elsewhere: two to ten letters, digits, spaces or hyphens, starting with a letter or digit. */
    private static final Pattern ANY_POSTAL_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z -]{1,9}");

    /**
     * A mailbox name, an at sign and a domain of at least two labels whose last (the top-level
     * domain) has at least two letters: "jan@example" is no address one can send to.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    /** Digits, spaces, brackets and dashes, with at most one + in front: no letters, no extensions. */
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()-]{6,40}");

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private ContactRules() {}

    /**
     * Whether the provider can call this number: in international form (E.164, "+31 20 123 4567",
     * or with the international prefix of the customer's country, "0031 20 123 4567") or as it is
     * dialled within the customer's country ("020 123 4567"), and a number the country's numbering
     * plan gives out (Google's libphonenumber). The number is kept as the customer wrote it.
     * An empty number is allowed: the phone is optional.
     */
    public static boolean phoneNumberFits(String countryCode, String phone) {
        if (phone == null || phone.isEmpty()) {
            return true;
        }
        if (!PHONE_CHARACTERS.matcher(phone).matches()) {
            return false;
        }
        String region = countryCode == null || countryCode.isEmpty() ? "ZZ" : countryCode;
        try {
            return PHONE_NUMBERS.isValidNumber(PHONE_NUMBERS.parse(phone, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Whether the postal code is one of the country's; an empty code is a matter for "required". */
    public static boolean postalCodeFits(String countryCode, String postalCode) {
        if (postalCode == null || postalCode.isEmpty()) {
            return true;
        }
        Pattern p = countryCode == null ? ANY_POSTAL_CODE : POSTAL_CODES.getOrDefault(countryCode, ANY_POSTAL_CODE);
        return p.matcher(postalCode).matches();
    }

    /** Whether the address has a mailbox and a domain with a top-level domain; empty is a matter for "required". */
    public static boolean isEmailAddress(String email) {
        if (email == null || email.isEmpty()) {
            return true;
        }
        int at = email.lastIndexOf('@');
        return email.length() <= 254
                && at > 0
                && at <= 64
                && !email.contains("..")
                && !email.startsWith(".")
                && email.charAt(at - 1) != '.'
                && EMAIL.matcher(email).matches();
    }
}
