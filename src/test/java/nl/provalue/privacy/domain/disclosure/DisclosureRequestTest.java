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
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

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
    private final Customer customer = new Customer(
            CustomerNumber.of(1),
            new ContactDetails("Jan", null, "Straat 1", "1000 AA", "Amsterdam", "NL", null, "jan@example.nl"),
            "nl",
            NOW);

    private DisclosureRequest request(RequestType type) {
        return new DisclosureRequest(
                "REG-1",
                type,
                AuthorityType.POLICE,
                "Politie",
                LegalBasis.SV_SUBSCRIBER_DATA,
                "PL-1",
                TODAY.minusDays(3),
                TODAY.plusDays(7),
                "naam en adres",
                Set.of(customer),
                EnumSet.of(DataScope.SUBSCRIBER_DATA),
                registrar,
                NOW);
    }

    @Test
    void p11_theRegistrarCannotDecide() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        PolicyViolationException e =
                assertThrows(PolicyViolationException.class, () -> r.approve(registrar, true, "in orde", NOW));
        assertEquals("policy.P11.fourEyes", e.getMessageKey());
        assertThrows(PolicyViolationException.class, () -> r.refuse(staff(1, "eva again"), "nee", NOW));
        assertEquals(RequestStatus.RECEIVED, r.status());
    }

    @Test
    void p11_aDecisionNeedsAReason() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertEquals(
                "policy.P11.reasonRequired",
                assertThrows(PolicyViolationException.class, () -> r.refuse(lawyer, " ", NOW))
                        .getMessageKey());
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
    void p9_p13_aNewRequestIsHiddenFromTheCustomerUntilTheReviewerDecidesOnSecrecy() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertEquals(SecrecyDecision.PENDING, r.secrecyDecision());
        assertFalse(r.visibleToCustomer(TODAY), "no tip-off before anyone read the order");
        assertFalse(r.visibleToCustomer(TODAY.plusYears(5)), "not even years later: someone has to decide");
        r.startLegalReview();
        r.approve(lawyer, true, "in orde", NOW);
        assertFalse(r.visibleToCustomer(TODAY), "approving is not deciding on secrecy");
        r.decideSecrecy(lawyer, null, NOW);
        assertEquals(SecrecyDecision.NONE, r.secrecyDecision());
        assertTrue(r.visibleToCustomer(TODAY), "no secrecy: the customer sees it at once");
        assertEquals(lawyer, r.secrecyDecidedBy());
        assertEquals(NOW, r.secrecyDecidedAt());
    }

    @Test
    void p9_p13_secrecyHidesTheRequestUntilTheDayAfterItEnds() {
        DisclosureRequest r = request(RequestType.INTERCEPTION);
        r.decideSecrecy(lawyer, TODAY.plusDays(10), NOW);
        assertEquals(SecrecyDecision.SECRET_UNTIL, r.secrecyDecision());
        assertFalse(r.visibleToCustomer(TODAY));
        assertFalse(r.visibleToCustomer(TODAY.plusDays(10)), "the last secret day is still secret");
        assertTrue(r.visibleToCustomer(TODAY.plusDays(11)));
    }

    @Test
    void p13_aSecrecyDateEnteredAtRegistrationOnlyProposes_theReviewerDecides() {
        DisclosureRequest r = request(RequestType.INTERCEPTION);
        r.proposeSecrecyUntil(TODAY.plusDays(1));
        assertFalse(r.visibleToCustomer(TODAY.plusDays(2)), "the order's date passed, but nobody decided");
        r.decideSecrecy(lawyer, TODAY.plusDays(30), NOW);
        assertFalse(r.visibleToCustomer(TODAY.plusDays(30)));
        assertTrue(r.visibleToCustomer(TODAY.plusDays(31)));
        assertEquals(
                "policy.P13.secrecyAlreadyDecided",
                assertThrows(PolicyViolationException.class, () -> r.proposeSecrecyUntil(null))
                        .getMessageKey(),
                "a decision is not undone by a proposal");
    }

    @Test
    void p13_secrecyCannotEndBeforeTheOrderArrived_aMistypedYearIsRefused() {
        DisclosureRequest r = request(RequestType.INTERCEPTION);
        assertEquals(
                "policy.P13.secrecyBeforeReceipt",
                assertThrows(PolicyViolationException.class, () -> r.proposeSecrecyUntil(LocalDate.of(2020, 1, 1)))
                        .getMessageKey());
        assertEquals(
                "policy.P13.secrecyBeforeReceipt",
                assertThrows(PolicyViolationException.class, () -> r.decideSecrecy(lawyer, TODAY.minusDays(4), NOW))
                        .getMessageKey());
        assertFalse(r.visibleToCustomer(TODAY.plusDays(1)), "nothing decided by the refused dates");
        // The day it arrived, or a day since then that has passed, can be recorded.
        r.proposeSecrecyUntil(TODAY.minusDays(3));
        r.decideSecrecy(lawyer, TODAY.minusDays(1), NOW);
        assertTrue(r.visibleToCustomer(TODAY));
    }

    @Test
    void p13_aLaterDecisionLiftsOrExtendsSecrecy() {
        DisclosureRequest r = request(RequestType.INTERCEPTION);
        r.decideSecrecy(lawyer, TODAY.plusDays(10), NOW);
        r.decideSecrecy(staff(3, "lotte"), null, NOW.plusSeconds(60));
        assertTrue(r.visibleToCustomer(TODAY), "secrecy lifted");
        r.decideSecrecy(lawyer, TODAY.plusDays(60), NOW.plusSeconds(120));
        assertFalse(r.visibleToCustomer(TODAY.plusDays(59)), "secrecy extended");
    }

    @Test
    void p11_p13_theStaffMemberWhoRegisteredCannotDecideOnSecrecy() {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        assertEquals(
                "policy.P11.fourEyes",
                assertThrows(PolicyViolationException.class, () -> r.decideSecrecy(registrar, null, NOW))
                        .getMessageKey());
        assertEquals(
                "policy.P11.fourEyes",
                assertThrows(PolicyViolationException.class, () -> r.decideSecrecy(staff(1, "eva again"), null, NOW))
                        .getMessageKey());
        assertThrows(PolicyViolationException.class, () -> r.decideSecrecy(null, null, NOW));
        assertFalse(r.visibleToCustomer(TODAY));
        assertEquals(SecrecyDecision.PENDING, r.secrecyDecision());
    }

    @Test
    void p9_p13_requestsRegisteredBeforeTheRuleKeepTheSecrecySetOnThem() throws Exception {
        DisclosureRequest shown = request(RequestType.SUBSCRIBER_DATA);
        setBeforeReview(shown);
        assertTrue(shown.visibleToCustomer(TODAY), "what customers saw stays visible");
        DisclosureRequest secret = request(RequestType.INTERCEPTION);
        secret.proposeSecrecyUntil(TODAY.plusDays(10));
        setBeforeReview(secret);
        assertFalse(secret.visibleToCustomer(TODAY.plusDays(10)));
        assertTrue(secret.visibleToCustomer(TODAY.plusDays(11)));
    }

    @Test
    void p11_p13_theSecrecyDecisionIsPartOfTheRecordedState_requestsFromBeforeItKeepTheirOldSnapshot()
            throws Exception {
        DisclosureRequest r = request(RequestType.SUBSCRIBER_DATA);
        String pending = HashChain.snapshot(r, java.util.List.of());
        assertTrue(pending.contains("secrecyDecision=PENDING"), pending);
        r.decideSecrecy(lawyer, null, NOW);
        String decided = HashChain.snapshot(r, java.util.List.of());
        assertTrue(decided.contains("secrecyDecision=NONE") && decided.contains("secrecyDecidedBy=2"), decided);
        assertFalse(pending.equals(decided), "deciding changes the state the chain records");

        DisclosureRequest old = request(RequestType.SUBSCRIBER_DATA);
        setBeforeReview(old);
        String legacy = HashChain.snapshot(old, java.util.List.of());
        assertFalse(legacy.contains("secrecyDecision"), "recorded before the field existed: " + legacy);
        assertEquals(
                pending.lines().filter(l -> !l.startsWith("secrecyDeci")).toList(),
                legacy.lines().toList());
    }

    /** What the schema migration gives requests registered before secrecy needed a decision. */
    static void setBeforeReview(DisclosureRequest r) throws ReflectiveOperationException {
        Field f = DisclosureRequest.class.getDeclaredField("secrecyDecision");
        f.setAccessible(true);
        f.set(r, SecrecyDecision.SET_BEFORE_REVIEW);
    }

    @Test
    void p9_aClosedRequestTellsTheCustomerHowItEnded() {
        DisclosureRequest refused = request(RequestType.SUBSCRIBER_DATA);
        refused.refuse(lawyer, "geen grondslag", NOW);
        refused.close();
        assertEquals(RequestStatus.CLOSED, refused.status());
        assertEquals(RequestStatus.REFUSED, refused.outcomeForCustomer());

        DisclosureRequest handed = request(RequestType.SUBSCRIBER_DATA);
        handed.approve(lawyer, false, "alleen naam", NOW);
        handed.recordHandOver("naam per beveiligde mail", NOW);
        handed.close();
        assertEquals(RequestStatus.HANDED_OVER, handed.outcomeForCustomer());

        DisclosureRequest approved = request(RequestType.SUBSCRIBER_DATA);
        approved.approve(lawyer, true, "volledig", NOW);
        approved.close();
        assertEquals(RequestStatus.APPROVED_IN_FULL, approved.outcomeForCustomer());

        DisclosureRequest open = request(RequestType.SUBSCRIBER_DATA);
        assertEquals(RequestStatus.RECEIVED, open.outcomeForCustomer());
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
        assertThrows(
                PolicyViolationException.class,
                () -> new DisclosureRequest(
                        "REG-2",
                        RequestType.TRAFFIC_DATA,
                        AuthorityType.COURT,
                        "Rechtbank",
                        LegalBasis.SV_TRAFFIC_DATA,
                        "R-1",
                        TODAY,
                        null,
                        "x",
                        Set.of(),
                        Set.of(),
                        registrar,
                        NOW));
    }

    private DisclosureRequest receivedOn(LocalDate received, Instant now) {
        return new DisclosureRequest(
                "REG-2",
                RequestType.SUBSCRIBER_DATA,
                AuthorityType.POLICE,
                "Politie",
                LegalBasis.SV_SUBSCRIBER_DATA,
                "PL-2",
                received,
                null,
                "naam en adres",
                Set.of(customer),
                EnumSet.of(DataScope.SUBSCRIBER_DATA),
                registrar,
                now);
    }

    @Test
    void p11_aRequestCannotBeReceivedAfterTodayOnTheProvidersCalendar() {
        // 23:30 UTC on 3 December is 00:30 on 4 December in Amsterdam: the 4th is today, the 5th is not.
        Instant halfPastMidnightInAmsterdam = Instant.parse("2026-12-03T23:30:00Z");
        assertEquals(
                LocalDate.of(2026, 12, 4),
                receivedOn(LocalDate.of(2026, 12, 4), halfPastMidnightInAmsterdam)
                        .receivedOn());
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> receivedOn(LocalDate.of(2026, 12, 5), halfPastMidnightInAmsterdam));
        assertEquals("policy.P11.receivedInFuture", e.getMessageKey());
        assertEquals(TODAY, receivedOn(TODAY, NOW).receivedOn());
    }
}
