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
}
