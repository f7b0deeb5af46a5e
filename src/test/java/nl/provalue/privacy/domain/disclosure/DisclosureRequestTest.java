package nl.provalue.privacy.domain.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.staff.StaffMember;

/** P9, P11, P13: four eyes, mandatory reasons, secrecy periods. */
class DisclosureRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static StaffMember staff(long id, String name) {
        StaffMember s = new StaffMember(name, name + "@provalue.nl", "Jurist", NOW);
        try {
            Field f = StaffMember.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(s, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return s;
    }

    private final StaffMember registrar = staff(1, "eva");
    private final StaffMember lawyer = staff(2, "ruud");
    private final Customer customer = new Customer(CustomerNumber.of(1),
            new ContactDetails("Jan", null, "Straat 1", "1000 AA", "Amsterdam", "NL", null, "jan@example.nl"), "nl", NOW);

    private DisclosureRequest request(RequestType type) {
        return new DisclosureRequest("REG-1", type, AuthorityType.POLICE, "Politie", LegalBasis.SV_SUBSCRIBER_DATA,
                "PL-1", TODAY.minusDays(3), TODAY.plusDays(7), "naam en adres", Set.of(customer),
                EnumSet.of(DataScope.SUBSCRIBER_DATA), registrar, NOW);
    }

    @Test
    void p11_theRegistrarCannotDecide() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        PolicyViolationException e = assertThrows(PolicyViolationException.class,
                () -> r.approve(registrar, true, "in orde", NOW));
        assertEquals("policy.P11.fourEyes", e.getMessageKey());
        assertThrows(PolicyViolationException.class, () -> r.refuse(staff(1, "eva again"), "nee", NOW));
        assertEquals(RequestStatus.RECEIVED, r.status());
    }

    @Test
    void p11_aDecisionNeedsAReason() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertEquals("policy.P11.reasonRequired",
                assertThrows(PolicyViolationException.class, () -> r.refuse(lawyer, " ", NOW)).getMessageKey());
    }

    @Test
    void p11_handOverOnlyAfterApproval_thenClose() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertThrows(PolicyViolationException.class, () -> r.recordHandOver("naam", NOW));
        r.startLegalReview();
        r.approve(lawyer, false, "alleen naam", NOW);
        assertEquals(RequestStatus.APPROVED_IN_PART, r.status());
        r.recordHandOver("naam per beveiligde mail", NOW);
        assertEquals(RequestStatus.HANDED_OVER, r.status());
        r.close();
        assertEquals(RequestStatus.CLOSED, r.status());
        assertThrows(PolicyViolationException.class, () -> r.approve(lawyer, true, "nogmaals", NOW));
    }

    @Test
    void p9_p13_secrecyHidesTheRequestUntilTheDayAfterItEnds() {
        DisclosureRequest r = request(RequestType.INTERCEPTION);
        assertTrue(r.isVisibleToCustomer(TODAY), "without secrecy the customer sees it");
        r.imposeSecrecyUntil(TODAY.plusDays(10));
        assertFalse(r.isVisibleToCustomer(TODAY));
        assertFalse(r.isVisibleToCustomer(TODAY.plusDays(10)), "the last secret day is still secret");
        assertTrue(r.isVisibleToCustomer(TODAY.plusDays(11)));
    }

    @Test
    void p11_overdueWhenOpenPastTheDeadline() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertFalse(r.isOverdue(TODAY.plusDays(7)));
        assertTrue(r.isOverdue(TODAY.plusDays(8)));
        r.refuse(lawyer, "geen grondslag", NOW);
        assertFalse(r.isOverdue(TODAY.plusDays(8)));
    }

    @Test
    void p11_aRequestConcernsAtLeastOneCustomer() {
        assertThrows(PolicyViolationException.class, () -> new DisclosureRequest("REG-2", RequestType.TRAFFIC_DATA,
                AuthorityType.COURT, "Rechtbank", LegalBasis.SV_TRAFFIC_DATA, "R-1", TODAY, null, "x", Set.of(),
                Set.of(), registrar, NOW));
    }
}
