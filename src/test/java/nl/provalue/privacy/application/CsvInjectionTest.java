package nl.provalue.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV injection: no cell of an export or the transparency CSV starts a spreadsheet formula. */
class CsvInjectionTest {

    @Test
    void csvInjection_everyFormulaStartGetsAQuoteInFrontAndIsQuoted() {
        assertEquals("\"'=1+2\"", Csv.cell("=1+2"));
        assertEquals("\"'+1+2\"", Csv.cell("+1+2"));
        assertEquals("\"'-1+2\"", Csv.cell("-1+2"));
        assertEquals("\"'@SUM(A1:A2)\"", Csv.cell("@SUM(A1:A2)"));
        assertEquals("\"'\t=1+2\"", Csv.cell("\t=1+2"));
        assertEquals("\"'\r=1+2\"", Csv.cell("\r=1+2"));
        assertEquals(
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"",
                Csv.cell("=HYPERLINK(\"http://evil.example\",\"klik\")"),
                "quotes inside are doubled");
        assertEquals("\"'+31 20 123 4567\"", Csv.cell("+31 20 123 4567"), "a typed phone number is text");
        assertEquals("\"'-5\"", Csv.cell("-5"), "text that looks like a number is still text");
    }

    @Test
    void csvInjection_numbersThePortalWritesStayNumbers() {
        assertEquals("-5", Csv.cell(-5L));
        assertEquals("42", Csv.cell(42));
        assertEquals("-0.5", Csv.cell(new BigDecimal("-0.5")));
        assertEquals("\"'-Infinity\"", Csv.cell(Double.NEGATIVE_INFINITY), "only plain numbers are exempt");
    }

    @Test
    void csvInjection_ordinaryCellsAreUnchanged() {
        assertEquals("", Csv.cell(null));
        assertEquals("", Csv.cell(""));
        assertEquals("jan@jansenfotografie.nl", Csv.cell("jan@jansenfotografie.nl"), "an @ further on is harmless");
        assertEquals("1-9", Csv.cell("1-9"), "the transparency report's band");
        assertEquals("\"Jansen, Jan\"", Csv.cell("Jansen, Jan"));
        assertEquals("\"zei \"\"ja\"\"\"", Csv.cell("zei \"ja\""));
        assertEquals("\"twee\nregels\"", Csv.cell("twee\nregels"));
    }

    @Test
    void csvInjection_aLineUsesTheSameCells() {
        assertEquals("2026-H1,authority,POLICE,1-9\r\n", Csv.line("2026-H1", "authority", "POLICE", "1-9"));
        assertEquals("\"'=cmd|' /C calc'!A0\",,12\r\n", Csv.line("=cmd|' /C calc'!A0", null, 12L));
    }
}
