package nl.provalue.privacy.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.shared.Purpose;
import nl.provalue.privacy.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** P1, P2, P8: every item has a source, a storage medium and allowed purposes. */
class PersonalDataItemTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final StaffMember DESK = new StaffMember("Lotte", "lotte@provalue.nl", "Klantenservice", NOW);

    private static PersonalDataItem item(
            DataCategory category, ItemSource source, Set<Purpose> purposes, StaffMember by) {
        return new PersonalDataItem(
                null,
                category,
                "Telefoon",
                "+31 6 1234 5678",
                source,
                NOW.minusSeconds(60),
                StorageMedium.ELECTRONIC,
                purposes,
                by,
                NOW);
    }

    @Test
    void p8_profileDataServesCommunicationAndAdministrationOnly() {
        for (DataCategory c : DataCategory.values()) {
            assertTrue(
                    EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION).containsAll(c.allowedPurposes()),
                    c.name());
        }
        PolicyViolationException e = assertThrows(
                PolicyViolationException.class,
                () -> item(DataCategory.CONTACT, ItemSource.ORAL, EnumSet.of(Purpose.STATISTICS), DESK));
        assertEquals("policy.P8.purposeNotAllowed", e.getMessageKey());
        assertEquals(
                "policy.P8.purposeRequired",
                assertThrows(
                                PolicyViolationException.class,
                                () -> item(DataCategory.CONTACT, ItemSource.ORAL, Set.of(), DESK))
                        .getMessageKey());
    }

    @Test
    void p1_sourceAndReceiptAreKept() {
        PersonalDataItem item = item(DataCategory.CONTACT, ItemSource.ORAL, EnumSet.of(Purpose.COMMUNICATION), DESK);
        assertEquals(ItemSource.ORAL, item.source());
        assertEquals(NOW.minusSeconds(60), item.receivedAt());
        assertEquals(
                "policy.P1.sourceRequired",
                assertThrows(
                                PolicyViolationException.class,
                                () -> item(DataCategory.CONTACT, null, EnumSet.of(Purpose.COMMUNICATION), DESK))
                        .getMessageKey());
    }

    @Test
    void p1_staffRecordOnlyWhatArrivedOutsideTheWebForms() {
        assertEquals(
                "policy.P1.staffCannotRecordWebForm",
                assertThrows(
                                PolicyViolationException.class,
                                () -> item(
                                        DataCategory.CONTACT,
                                        ItemSource.WEB_FORM,
                                        EnumSet.of(Purpose.COMMUNICATION),
                                        DESK))
                        .getMessageKey());
    }

    @Test
    void p1_receiptCannotLieInTheFuture() {
        assertThrows(
                PolicyViolationException.class,
                () -> new PersonalDataItem(
                        null,
                        DataCategory.CONTACT,
                        "x",
                        "y",
                        ItemSource.EMAIL,
                        NOW.plusSeconds(1),
                        StorageMedium.ELECTRONIC,
                        EnumSet.of(Purpose.COMMUNICATION),
                        DESK,
                        NOW));
    }

    @Test
    void p2_storageDefaultsToElectronicAndPaperIsRecognised() {
        PersonalDataItem item = new PersonalDataItem(
                null,
                DataCategory.BILLING,
                "IBAN",
                "NL91",
                ItemSource.DOCUMENT,
                NOW,
                null,
                EnumSet.of(Purpose.ADMINISTRATION),
                DESK,
                NOW);
        assertEquals(StorageMedium.ELECTRONIC, item.storage());
        assertTrue(StorageMedium.BOTH.includesPaper());
        assertTrue(StorageMedium.PAPER.includesPaper());
    }
}
