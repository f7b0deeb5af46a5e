package nl.provalue.privacy.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P1: a correction of the contact details records each changed field with old and new value. */
class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void p1_correctionRecordsEachChangedFieldOnly() {
        Customer c = new Customer(
                CustomerNumber.of(7),
                new ContactDetails(
                        "Sanne de Jong",
                        null,
                        "Zeestraat 20",
                        "2518 AA",
                        "Den Haag",
                        "NL",
                        "+31 70 362 91 04",
                        "sanne@example.nl"),
                "en",
                NOW);
        List<ContactChange> changes = c.correctContact(
                new ContactDetails(
                        "Sanne de Jong",
                        null,
                        "Coolsingel 1",
                        "3011 AA",
                        "Rotterdam",
                        "NL",
                        "+31 70 362 91 04",
                        "sanne@example.nl"),
                ItemSource.WEB_FORM,
                NOW,
                "sanne.dejong");
        assertEquals(
                List.of(ChangedField.STREET, ChangedField.POSTAL_CODE, ChangedField.CITY),
                changes.stream().map(ContactChange::field).toList());
        ContactChange city = changes.get(2);
        assertEquals("Den Haag", city.oldValue());
        assertEquals("Rotterdam", city.newValue());
        assertEquals(ItemSource.WEB_FORM, city.source());
        assertEquals(NOW, city.changedAt());
        assertEquals("Rotterdam", c.contact().city());
        assertTrue(c.correctContact(c.contact(), ItemSource.WEB_FORM, NOW, "x").isEmpty(), "no change, no record");
        assertEquals(ItemSource.WEB_FORM, c.contactSource());
    }

    @Test
    void p1_theContactDetailsCarryTheSourceOfTheirLastChange() {
        ContactDetails given = new ContactDetails(
                "Sanne de Jong", null, "Zeestraat 20", "2518 AA", "Den Haag", "NL", null, "sanne@example.nl");
        Customer c = new Customer(CustomerNumber.of(8), given, "nl", NOW, ItemSource.CUSTOMER_SYSTEM);
        assertEquals(ItemSource.CUSTOMER_SYSTEM, c.contactSource());
        c.correctContact(given, ItemSource.WEB_FORM, NOW, "sanne");
        assertEquals(ItemSource.CUSTOMER_SYSTEM, c.contactSource(), "nothing changed: the source stays");
        c.correctContact(
                new ContactDetails(
                        "Sanne de Jong", null, "Zeestraat 22", "2518 AA", "Den Haag", "NL", null, "sanne@example.nl"),
                ItemSource.WEB_FORM,
                NOW,
                "sanne");
        assertEquals(ItemSource.WEB_FORM, c.contactSource());
        assertEquals(List.of(ContactField.STREET), ContactField.differing(given, c.contact()));
        assertEquals(
                List.of(ContactField.values()).size() - 2,
                ContactField.differing(null, given).size(),
                "from nothing: every field with a value (not the organisation and phone it lacks)");
    }

    @Test
    void p8_aContractEndCanBeSetMovedAndCalledOffUntilItHasCome() {
        Customer c = new Customer(
                CustomerNumber.of(9),
                new ContactDetails(
                        "Sanne de Jong", null, "Zeestraat 20", "2518 AA", "Den Haag", "NL", null, "sanne@example.nl"),
                "nl",
                NOW);
        Instant end = NOW.plusSeconds(86_400);
        Instant books = NOW.plusSeconds(86_400 * 3000L);
        assertFalse(c.hasLeftAt(NOW), "no end known");
        assertTrue(c.endContract(end, books, NOW));
        assertFalse(c.endContract(end, books, NOW), "the same end again changes nothing");
        assertFalse(c.hasLeftAt(NOW));
        assertTrue(c.hasLeftAt(end), "gone from the moment itself");
        assertTrue(c.cancelContractEnd(NOW));
        assertEquals(null, c.leftAt());
        assertFalse(c.cancelContractEnd(NOW), "nothing to call off");
        assertThrows(
                IllegalArgumentException.class,
                () -> c.endContract(end, end, NOW),
                "the administration outlives the contract");

        assertTrue(c.endContract(NOW, books, NOW), "ending now");
        assertTrue(c.hasLeftAt(NOW));
        assertThrows(
                IllegalStateException.class, () -> c.endContract(end, books, NOW), "who left cannot be moved back in");
        assertThrows(IllegalStateException.class, () -> c.cancelContractEnd(NOW));
        assertEquals(books, c.administrationEndsAt());
    }
}
