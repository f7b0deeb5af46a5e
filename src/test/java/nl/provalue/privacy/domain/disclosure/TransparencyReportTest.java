package nl.provalue.privacy.domain.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** P11: the transparency report counts per half year and never publishes a small count as a number. */
class TransparencyReportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static StaffMember staff(long id) {
        StaffMember s = new StaffMember("s" + id, "s@provalue.nl", "Jurist", NOW);
        try {
            Field f = StaffMember.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(s, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return s;
    }

    private static final Customer CUSTOMER = new Customer(
            CustomerNumber.of(1),
            new ContactDetails("Jan", null, "Straat 1", "1000 AA", "Amsterdam", "NL", null, "jan@example.nl"),
            "nl",
            NOW);

    private static DisclosureRequest request(AuthorityType authority, LocalDate received) {
        return new DisclosureRequest(
                "R",
                RequestType.SUBSCRIBER_DATA,
                authority,
                "x",
                LegalBasis.SV_SUBSCRIBER_DATA,
                "ref",
                received,
                null,
                "scope",
                Set.of(CUSTOMER),
                Set.of(),
                staff(1),
                NOW);
    }

    @Test
    void p11_smallCountsAreBanded() {
        assertEquals("0", TransparencyReport.band(0));
        assertEquals("1-9", TransparencyReport.band(1));
        assertEquals("1-9", TransparencyReport.band(9));
        assertEquals("10", TransparencyReport.band(10));
        assertEquals("127", TransparencyReport.band(127));
    }

    @Test
    void p11_countsOnlyTheHalfYearAndTheDecisionsAsTaken() {
        List<DisclosureRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(request(AuthorityType.POLICE, LocalDate.of(2026, 1, 1).plusDays(i * 15)));
        }
        DisclosureRequest refused = request(AuthorityType.COURT, LocalDate.of(2026, 6, 30));
        refused.refuse(staff(2), "geen grond", NOW);
        refused.close();
        requests.add(refused);
        DisclosureRequest partly = request(AuthorityType.FIOD, LocalDate.of(2026, 3, 3));
        partly.approve(staff(2), false, "deels", NOW);
        partly.recordHandOver("deel", NOW);
        partly.close();
        requests.add(partly);
        requests.add(request(AuthorityType.POLICE, LocalDate.of(2026, 7, 1)));

        TransparencyReport report = TransparencyReport.of(new HalfYear(2026, 1), requests);
        assertEquals(14, report.total());
        assertEquals(12, report.byAuthority().get(AuthorityType.POLICE));
        assertEquals("12", report.published().get("authority.POLICE"));
        assertEquals("1-9", report.published().get("authority.COURT"));
        assertEquals("0", report.published().get("authority.INTELLIGENCE_SERVICE"));
        assertEquals("1-9", report.published().get("outcome.REFUSED"), "still counted as refused after closing");
        assertEquals(
                1,
                report.byOutcome().get(TransparencyReport.Outcome.APPROVED_IN_PART),
                "decision kept after hand-over");
        assertEquals(12, report.byOutcome().get(TransparencyReport.Outcome.PENDING));
    }

    @Test
    void halfYearsParseAndBound() {
        HalfYear h2 = HalfYear.parse("2026-H2");
        assertEquals(LocalDate.of(2026, 7, 1), h2.firstDay());
        assertEquals(LocalDate.of(2027, 1, 1), h2.end());
        assertEquals(new HalfYear(2026, 1), h2.previous());
        assertEquals(new HalfYear(2027, 1), h2.next());
        assertEquals(h2, HalfYear.of(LocalDate.of(2026, 11, 26)));
        assertThrows(IllegalArgumentException.class, () -> HalfYear.parse("2026-H3"));
    }
}
