package nl.provalue.privacy.domain.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.Customer;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.retention.KeptCategory;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import org.junit.jupiter.api.Test;

class RightsRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static RightsRequest request(LocalDate received) {
        Customer c = new Customer(
                CustomerNumber.of(123456),
                new ContactDetails(
                        "Anna de Vries", null, "Weg 1", "1000 AA", "Amsterdam", "NL", null, "anna@example.nl"),
                "nl",
                NOW);
        return new RightsRequest(
                c,
                RightsRequestType.ERASURE,
                RequestChannel.LETTER,
                "Verwijder alles",
                received,
                TODAY,
                "eva.visser",
                NOW);
    }

    private static String key(Runnable r) {
        return assertThrows(PolicyViolationException.class, r::run).getMessageKey();
    }

    @Test
    void receivedToday_dueInAMonth_stepsInOrder_answeredAndClosed() {
        RightsRequest r = request(LocalDate.of(2026, 1, 31));
        assertEquals(LocalDate.of(2026, 2, 28), r.deadline());
        assertEquals(RightsRequestStatus.RECEIVED, r.status());
        assertEquals("rights.wrongStep", key(() -> r.startWork("eva.visser", NOW)), "identity first");
        assertEquals("rights.identityFirst", key(() -> r.complete("klaar", "eva.visser", NOW)));
        r.identityChecked("eva.visser", NOW);
        r.startWork("ruud.smit", NOW);
        assertEquals("rights.answerRequired", key(() -> r.complete(" ", "ruud.smit", NOW)));
        r.complete("Uw gegevens zijn verwijderd, behalve de administratie.", "ruud.smit", NOW);
        assertEquals(RightsRequestStatus.DONE, r.status());
        assertEquals("ruud.smit", r.handledBy());
        assertEquals(NOW, r.closedAt());
        assertEquals(4, r.events().size());
        assertEquals("eva.visser", r.events().get(1).actor());
        assertEquals("rights.notOpen", key(() -> r.withdraw("anna", NOW)), "a closed request is not withdrawn");
    }

    @Test
    void extendedOnceByTwoMonthsWithAReason() {
        RightsRequest r = request(LocalDate.of(2024, 1, 31));
        LocalDate feb20 = LocalDate.of(2024, 2, 20);
        assertEquals("rights.extensionReasonRequired", key(() -> r.extend("", "eva.visser", NOW, feb20)));
        r.extend("Veel gegevens op papier in het archief", "eva.visser", NOW, feb20);
        assertEquals(LocalDate.of(2024, 4, 30), r.deadline(), "from 29 February 2024 to 30 April");
        assertTrue(r.extended());
        assertEquals("rights.alreadyExtended", key(() -> r.extend("nog eens", "eva.visser", NOW, feb20)));
        RightsRequest late = request(LocalDate.of(2024, 1, 31));
        late.extend("op de laatste dag kan het nog", "eva.visser", NOW, LocalDate.of(2024, 2, 29));
        RightsRequest tooLate = request(LocalDate.of(2024, 1, 31));
        assertEquals(
                "rights.extensionTooLate",
                key(() -> tooLate.extend("te laat", "eva.visser", NOW, LocalDate.of(2024, 3, 1))),
                "after the first month the customer can no longer be told in time");
    }

    @Test
    void refusedWithAReasonTheCustomerReads_withdrawnWhileOpen() {
        RightsRequest refused = request(TODAY);
        assertEquals("rights.refusalReasonRequired", key(() -> refused.refuse(null, "eva.visser", NOW)));
        refused.refuse("Wij konden uw identiteit niet vaststellen.", "eva.visser", NOW);
        assertEquals(RightsRequestStatus.REFUSED, refused.status());
        assertEquals("Wij konden uw identiteit niet vaststellen.", refused.answer());

        RightsRequest withdrawn = request(TODAY);
        withdrawn.identityChecked("eva.visser", NOW);
        withdrawn.withdraw("anna", NOW);
        assertEquals(RightsRequestStatus.WITHDRAWN, withdrawn.status());
        assertEquals(
                StatutoryDeadline.Urgency.ON_TIME,
                withdrawn.urgency(TODAY.plusYears(1)),
                "closed requests are never late");
    }

    @Test
    void notReceivedInTheFuture_andAlwaysDescribed() {
        assertEquals("rights.receivedInFuture", key(() -> request(TODAY.plusDays(1))));
        assertEquals(
                StatutoryDeadline.Urgency.OVERDUE, request(TODAY.minusDays(40)).urgency(TODAY));
    }

    @Test
    void erasureNamesAnOutcomeForEveryCategory() {
        assertEquals(KeptCategory.values().length, ErasureAssessment.all().size());
        assertEquals(ErasureAssessment.Outcome.KEPT_BY_LAW, ErasureAssessment.outcomeOf(KeptCategory.PAPER_RECORDS));
        assertEquals(ErasureAssessment.Outcome.ERASED_NOW, ErasureAssessment.outcomeOf(KeptCategory.ACCESS_LOG));
        assertEquals(
                ErasureAssessment.Outcome.GOES_BY_ITSELF, ErasureAssessment.outcomeOf(KeptCategory.SIGN_IN_RECORDS));
    }
}
