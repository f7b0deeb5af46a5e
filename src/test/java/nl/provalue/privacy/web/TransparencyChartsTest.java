package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** P11: the chart of a published report says no more than its table. */
class TransparencyChartsTest {

    @Test
    void p11_aBandIsDrawnAsABarOverTheWholeBandAndACountAsItself() {
        assertEquals("[1,9]", TransparencyCharts.drawn("1-9").toString());
        assertEquals("0", TransparencyCharts.drawn("0").toString());
        assertEquals("12", TransparencyCharts.drawn("12").toString());
    }

    @Test
    void aLongAuthorityNameIsWrittenOnLinesThatFitBesideTheBarsOnAPhone() {
        assertEquals("\"Politie\"", TransparencyCharts.label("Politie").toString());
        assertEquals(
                "\"Openbaar Ministerie\"",
                TransparencyCharts.label("Openbaar Ministerie").toString());
        assertEquals(
                "[\"Inlichtingen- en\",\"veiligheidsdienst\"]",
                TransparencyCharts.label("Inlichtingen- en veiligheidsdienst").toString());
        assertEquals(
                "[\"Civiele partij met\",\"rechterlijk bevel\"]",
                TransparencyCharts.label("Civiele partij met rechterlijk bevel").toString());
        // A word longer than a line keeps a line of its own, whole.
        assertEquals(
                "[\"Derde\",\"(registratiegegevens)\"]",
                TransparencyCharts.label("Derde (registratiegegevens)").toString());
    }

    /** Seven names in a 300-pixel chart leave room for two lines each, in Dutch and in English. */
    @Test
    void everyAuthorityFitsOnTwoLinesInBothLanguages() {
        for (java.util.Locale language :
                new java.util.Locale[] {new java.util.Locale("nl"), java.util.Locale.ENGLISH}) {
            java.util.ResourceBundle messages = java.util.ResourceBundle.getBundle("messages", language);
            for (nl.provalue.privacy.domain.disclosure.AuthorityType type :
                    nl.provalue.privacy.domain.disclosure.AuthorityType.values()) {
                jakarta.json.JsonValue label =
                        TransparencyCharts.label(messages.getString("authorityType." + type.name()));
                int lines = label instanceof jakarta.json.JsonArray a ? a.size() : 1;
                org.junit.jupiter.api.Assertions.assertTrue(lines <= 2, language + ": " + label);
            }
        }
        assertEquals(
                "[\"Third party\",\"(registration data)\"]",
                TransparencyCharts.label("Third party (registration data)").toString());
    }
}
