package nl.provalue.privacy.domain.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P1: postal codes by country, phone numbers one can call and e-mail addresses with a domain. */
class ContactRulesTest {

    @Test
    void p1_dutchPostalCodesAreFourDigitsAndTwoLetters() {
        assertTrue(ContactRules.postalCodeFits("NL", "1015 KK"));
        assertTrue(ContactRules.postalCodeFits("NL", "1015KK"));
        assertTrue(ContactRules.postalCodeFits("NL", "3511 ab"));
        assertFalse(ContactRules.postalCodeFits("NL", "12"));
        assertFalse(ContactRules.postalCodeFits("NL", "0123 AB"), "no Dutch code starts with 0");
        assertFalse(ContactRules.postalCodeFits("NL", "1015 SS"), "PostNL does not use SS");
        assertFalse(ContactRules.postalCodeFits("NL", "1015 KKK"));
        assertFalse(ContactRules.postalCodeFits("NL", "10152"));
    }

    @Test
    void p1_otherCountriesHaveTheirOwnForm() {
        assertTrue(ContactRules.postalCodeFits("BE", "4000"));
        assertFalse(ContactRules.postalCodeFits("BE", "1015 KK"));
        assertTrue(ContactRules.postalCodeFits("DE", "10115"));
        assertFalse(ContactRules.postalCodeFits("DE", "1011"));
        assertTrue(ContactRules.postalCodeFits("GB", "SW1A 1AA"));
        assertFalse(ContactRules.postalCodeFits("GB", "1"));
        assertTrue(ContactRules.postalCodeFits("NL", ""), "an empty code is for 'required' to say");
    }

    @Test
    void p1_anEmailAddressHasADomainWithATopLevelDomain() {
        assertTrue(ContactRules.isEmailAddress("jan@jansenfotografie.nl"));
        assertTrue(ContactRules.isEmailAddress("j.de-vries+portal@mail.example.co.uk"));
        assertFalse(ContactRules.isEmailAddress("jan@example"));
        assertFalse(ContactRules.isEmailAddress("geen-adres"));
        assertFalse(ContactRules.isEmailAddress("jan@@example.nl"));
        assertFalse(ContactRules.isEmailAddress("jan@example..nl"));
        assertFalse(ContactRules.isEmailAddress("jan.@example.nl"));
        assertFalse(ContactRules.isEmailAddress("jan@-example.nl"));
        assertFalse(ContactRules.isEmailAddress("jan@example.n"));
        assertFalse(ContactRules.isEmailAddress("jan @example.nl"));
    }

    @Test
    void p1_aPhoneNumberIsInternationalOrAsDialledInTheCustomersCountry() {
        assertTrue(ContactRules.phoneNumberFits("NL", "+31 20 123 4567"), "E.164 with spaces");
        assertTrue(ContactRules.phoneNumberFits("NL", "+31201234567"), "E.164");
        assertTrue(ContactRules.phoneNumberFits("NL", "020-1234567"), "Dutch national form");
        assertTrue(ContactRules.phoneNumberFits("NL", "06 41 27 83 90"), "Dutch mobile");
        assertTrue(ContactRules.phoneNumberFits("NL", "(020) 123 45 67"));
        assertTrue(ContactRules.phoneNumberFits("NL", "0031 20 123 4567"), "the Dutch international prefix");
        assertTrue(ContactRules.phoneNumberFits("BE", "02 512 34 56"), "Belgian national form (Brussels)");
        assertTrue(ContactRules.phoneNumberFits("BE", "+31 6 41 27 83 90"), "a Dutch mobile for a customer in Belgium");
        assertTrue(ContactRules.phoneNumberFits("DE", "030 12345678"), "Berlin");
        assertTrue(ContactRules.phoneNumberFits("NL", ""), "the phone is optional");
    }

    @Test
    void p1_aPhoneNumberNoOneCanCallIsRefused() {
        assertFalse(ContactRules.phoneNumberFits("NL", "123456"), "too short for the Dutch plan");
        assertFalse(ContactRules.phoneNumberFits("NL", "020 123 456"), "one digit short");
        assertFalse(ContactRules.phoneNumberFits("NL", "020 123 45678"), "one digit too many");
        assertFalse(ContactRules.phoneNumberFits("NL", "+31 00 123 4567"), "no Dutch number starts with 00");
        assertFalse(ContactRules.phoneNumberFits("NL", "+999 123 4567"), "no such country code");
        assertFalse(ContactRules.phoneNumberFits("NL", "0800-FLOWERS"), "letters are not dialled");
        assertFalse(ContactRules.phoneNumberFits("NL", "020 123 4567 ext. 12"), "extensions are not taken");
        assertFalse(ContactRules.phoneNumberFits("NL", "++31 20 123 4567"));
        assertFalse(ContactRules.phoneNumberFits("NL", "+31 20 123 4567 +1"));
        assertFalse(ContactRules.phoneNumberFits("DE", "030 1234567x"), "a letter at the end");
        assertFalse(ContactRules.phoneNumberFits("NL", "0".repeat(41)), "over-long");
    }
}
