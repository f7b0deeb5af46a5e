package nl.provalue.privacy.domain.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P1: postal codes by country and e-mail addresses with a domain. */
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
}
