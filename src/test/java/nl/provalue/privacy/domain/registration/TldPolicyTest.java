package nl.provalue.privacy.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** P10: a registry's publication rules are shown in the reader's language. */
class TldPolicyTest {

    @Test
    void p10_theRulesInDutchOnADutchScreenAndInEnglishOtherwise() {
        TldPolicy nl =
                new TldPolicy("nl", "SIDN", "SIDN General Terms and Conditions", "Algemene voorwaarden van SIDN");
        assertEquals("Algemene voorwaarden van SIDN", nl.policySourceIn("nl"));
        assertEquals("SIDN General Terms and Conditions", nl.policySourceIn("en"));
        assertEquals("SIDN General Terms and Conditions", nl.policySource(), "the public RDAP answer stays English");
    }
}
