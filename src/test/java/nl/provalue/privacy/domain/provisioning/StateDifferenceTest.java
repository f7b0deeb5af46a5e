package nl.provalue.privacy.domain.provisioning;

import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.JAN;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.domain;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.jan;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.domain.customer.ChangedField;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.provisioning.StateDifference.Change;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;
import org.junit.jupiter.api.Test;

class StateDifferenceTest {

    private static final ContactDetails BV = new ContactDetails(
            "Jan de Vries", "De Vries BV", "Dam 1", "1012 JS", "Amsterdam", "NL", null, "hostmaster@devries.nl");

    @Test
    void theSameStateAgainIsNoChangeAtAll() {
        StateDifference d = StateDifference.between(jan(), jan());
        assertTrue(d.isEmpty());
        assertTrue(d.changes().isEmpty());
    }

    @Test
    void eachChangedFieldOfADomainContactIsOneChangeNamingDomainAndRole() {
        CustomerState wanted = state(
                JAN,
                List.of(
                        domain("example.nl", JAN),
                        new DomainState(
                                "devries.eu",
                                LocalDate.of(2019, 3, 1),
                                LocalDate.of(2027, 3, 1),
                                Map.of(
                                        ContactRole.REGISTRANT, new DomainContactState(HolderKind.NATURAL_PERSON, JAN),
                                        ContactRole.TECHNICAL, new DomainContactState(HolderKind.ORGANISATION, BV)))));
        StateDifference d = StateDifference.between(jan(), wanted);
        assertFalse(d.isEmpty());
        assertEquals(
                List.of("devries.eu"),
                d.domainsToChange().stream().map(DomainState::name).toList());
        // A new technical contact: each of its fields from nothing to its value; the phone it lacks is no change.
        assertEquals(7, d.changes().size(), d.changes().toString());
        assertTrue(d.changes()
                .contains(new Change(
                        ChangedField.ORGANISATION, "devries.eu", ContactRole.TECHNICAL, null, "De Vries BV")));
        assertTrue(d.changes().stream().allMatch(c -> c.role() == ContactRole.TECHNICAL));
    }

    @Test
    void addedAndRemovedThingsAreShownByTheirNames() {
        CustomerState wanted = new CustomerState(
                JAN,
                "nl",
                List.of(domain("example.nl", JAN), domain("café.nl", JAN)),
                List.of(new MailboxState("jan@example.nl", EnumSet.of(MailProtocol.IMAP))),
                List.of(
                        new WebsiteState("www.example.nl", "Plus", 20_000_000_000L),
                        new WebsiteState("shop.example.nl", "Basis", 1_000L)));
        StateDifference d = StateDifference.between(jan(), wanted);
        assertEquals(List.of("devries.eu"), d.domainsToRemove());
        assertEquals(
                List.of("xn--caf-dma.nl"),
                d.domainsToAdd().stream().map(DomainState::name).toList());
        assertEquals(List.of("info@example.nl"), d.mailboxesToRemove());
        assertEquals(1, d.mailboxesToChange().size());
        assertEquals(1, d.websitesToAdd().size());
        assertEquals(1, d.websitesToChange().size());
        assertEquals(
                List.of(
                        new Change(ChangedField.DOMAIN, null, null, null, "café.nl"),
                        new Change(ChangedField.DOMAIN, null, null, "devries.eu", null),
                        new Change(ChangedField.MAILBOX_PROTOCOLS, "jan@example.nl", null, "POP3, IMAP", "IMAP"),
                        new Change(ChangedField.MAILBOX, null, null, "info@example.nl", null),
                        new Change(ChangedField.WEBSITE, null, null, null, "shop.example.nl"),
                        new Change(ChangedField.WEBSITE_PLAN, "www.example.nl", null, "Basis", "Plus")),
                d.changes());
    }

    @Test
    void whatIsNotPersonalDataIsBroughtInLineWithoutAChangeShown() {
        CustomerState wanted = new CustomerState(
                JAN,
                "en",
                jan().domains(),
                jan().mailboxes(),
                List.of(new WebsiteState("www.example.nl", "Basis", 5L)));
        StateDifference d = StateDifference.between(jan(), wanted);
        assertFalse(d.isEmpty());
        assertTrue(d.languageChanged());
        assertEquals(1, d.websitesToChange().size());
        assertTrue(d.changes().isEmpty());
    }

    @Test
    void aNewCustomerHasEverythingAddedAndNoChangesShown() {
        StateDifference d = StateDifference.ofNew(jan());
        assertEquals(2, d.domainsToAdd().size());
        assertEquals(2, d.mailboxesToAdd().size());
        assertEquals(1, d.websitesToAdd().size());
        assertTrue(d.changes().isEmpty());
    }
}
