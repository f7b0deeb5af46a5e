package nl.provalue.privacy.domain.provisioning;

import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.JAN;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.domain;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.jan;
import static nl.provalue.privacy.domain.provisioning.ProvisioningStates.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;
import org.junit.jupiter.api.Test;

class CustomerStateTest {

    @Test
    void theSameStateHasTheSameTagWhateverTheOrderItCameIn() {
        CustomerState one = jan();
        List<DomainState> reversed = new ArrayList<>(one.domains());
        Collections.reverse(reversed);
        CustomerState other = state(JAN, reversed);
        assertEquals(one.etag(), other.etag());
        assertEquals(one, other);
        assertTrue(one.etag().matches("\"[A-Za-z0-9_-]{24}\""), one.etag());
    }

    @Test
    void anyChangeGivesAnotherTag() {
        String tag = jan().etag();
        ContactDetails moved = new ContactDetails(
                "Jan de Vries",
                null,
                "Kerkstraat 2",
                "1017 GC",
                "Amsterdam",
                "NL",
                "+31 20 123 4567",
                "jan@example.nl");
        assertNotEquals(tag, state(moved, jan().domains()).etag(), "the customer's street");
        assertNotEquals(
                tag,
                state(JAN, List.of(domain("example.nl", moved), domain("devries.eu", JAN)))
                        .etag(),
                "a holder's street");
        assertNotEquals(
                tag,
                new CustomerState(JAN, "en", jan().domains(), jan().mailboxes(), jan().websites()).etag(),
                "the language");
        assertNotEquals(
                tag,
                new CustomerState(
                                JAN,
                                "nl",
                                jan().domains(),
                                List.of(new MailboxState("info@example.nl", EnumSet.of(MailProtocol.IMAP))),
                                jan().websites())
                        .etag(),
                "a mailbox fewer");
        assertNotEquals(
                tag,
                new CustomerState(
                                JAN,
                                "nl",
                                jan().domains(),
                                jan().mailboxes(),
                                List.of(new WebsiteState("www.example.nl", "Basis", 10_000_000_001L)))
                        .etag(),
                "the traffic limit");
        // Values that would run together without their lengths: "ab" + "c" against "a" + "bc".
        ContactDetails ab = new ContactDetails("ab", null, "c", null, null, "NL", null, "x@example.nl");
        ContactDetails a = new ContactDetails("a", null, "bc", null, null, "NL", null, "x@example.nl");
        assertNotEquals(state(ab, List.of()).etag(), state(a, List.of()).etag());
    }

    @Test
    void p8_theContractsEndIsPartOfTheVersionAndLiesInTheseYears() {
        CustomerState runs = jan();
        CustomerState ends = new CustomerState(
                JAN, "nl", runs.domains(), runs.mailboxes(), runs.websites(), java.time.LocalDate.of(2027, 1, 31));
        assertNotEquals(runs.etag(), ends.etag());
        assertNotEquals(
                ends.etag(),
                new CustomerState(
                                JAN,
                                "nl",
                                runs.domains(),
                                runs.mailboxes(),
                                runs.websites(),
                                java.time.LocalDate.of(2027, 2, 28))
                        .etag(),
                "a moved end");
        assertEquals(runs, new CustomerState(JAN, "nl", runs.domains(), runs.mailboxes(), runs.websites(), null));
        assertEquals(
                "contractEnd",
                assertThrows(
                                InvalidStateException.class,
                                () -> new CustomerState(
                                        JAN,
                                        "nl",
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        java.time.LocalDate.of(1999, 12, 31)))
                        .field());
        assertEquals(
                "contractEnd",
                assertThrows(
                                InvalidStateException.class,
                                () -> new CustomerState(
                                        JAN, "nl", List.of(), List.of(), List.of(), java.time.LocalDate.of(2101, 1, 1)))
                        .field());
    }

    @Test
    void namesAreHeldAsTheRegistryHoldsThem() {
        DomainState idn = domain("Café.NL", JAN);
        assertEquals("xn--caf-dma.nl", idn.name());
        assertEquals("café.nl", idn.displayName());
        assertEquals("info@example.nl", new MailboxState("Info@Example.NL", EnumSet.of(MailProtocol.IMAP)).address());
        assertEquals(
                "POP3, IMAP, Webmail",
                new MailboxState("a@example.nl", EnumSet.allOf(MailProtocol.class)).protocolsText());
    }

    @Test
    void aNameTwiceIsRefusedWithWhereItIs() {
        InvalidStateException e = assertThrows(
                InvalidStateException.class,
                () -> state(JAN, List.of(domain("example.nl", JAN), domain("EXAMPLE.nl", JAN))));
        assertEquals("domains[1]", e.field());
    }

    @Test
    void whatCannotBeUsedIsRefusedNamingTheField() {
        assertEquals(
                "language",
                assertThrows(
                                InvalidStateException.class,
                                () -> new CustomerState(JAN, "de", List.of(), List.of(), List.of()))
                        .field());
        assertEquals(
                "name",
                assertThrows(InvalidStateException.class, () -> domain("not a name", JAN))
                        .field());
        assertEquals(
                "contacts.registrant",
                assertThrows(
                                InvalidStateException.class,
                                () -> new DomainState(
                                        "example.nl",
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2021, 1, 1),
                                        Map.of(
                                                ContactRole.TECHNICAL,
                                                new DomainContactState(HolderKind.ORGANISATION, JAN))))
                        .field());
        assertEquals(
                "expiresOn",
                assertThrows(
                                InvalidStateException.class,
                                () -> new DomainState(
                                        "example.nl",
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2019, 1, 1),
                                        Map.of(
                                                ContactRole.REGISTRANT,
                                                new DomainContactState(HolderKind.ORGANISATION, JAN))))
                        .field());
        assertEquals(
                "address",
                assertThrows(
                                InvalidStateException.class,
                                () -> new MailboxState("info@@example.nl", EnumSet.of(MailProtocol.IMAP)))
                        .field());
        assertEquals(
                "address",
                assertThrows(
                                InvalidStateException.class,
                                () -> new MailboxState("x".repeat(65) + "@example.nl", EnumSet.of(MailProtocol.IMAP)))
                        .field());
        assertEquals(
                "protocols",
                assertThrows(
                                InvalidStateException.class,
                                () -> new MailboxState("a@example.nl", EnumSet.noneOf(MailProtocol.class)))
                        .field());
        assertEquals(
                "plan",
                assertThrows(InvalidStateException.class, () -> new WebsiteState("www.example.nl", "x".repeat(61), 1))
                        .field());
        assertEquals(
                "plan",
                assertThrows(InvalidStateException.class, () -> new WebsiteState("www.example.nl", " Basis", 1))
                        .field());
        assertEquals(
                "trafficLimitBytes",
                assertThrows(InvalidStateException.class, () -> new WebsiteState("www.example.nl", "Basis", 0))
                        .field());
        List<WebsiteState> many = new ArrayList<>();
        for (int i = 0; i <= CustomerState.MAX_EACH; i++) {
            many.add(new WebsiteState("site" + i + ".example.nl", "Basis", 1));
        }
        assertEquals(
                "websites",
                assertThrows(
                                InvalidStateException.class,
                                () -> new CustomerState(JAN, "nl", List.of(), List.of(), many))
                        .field());
        assertEquals(
                "domains[2].name",
                new InvalidStateException("name", "x").within("domains[2]").field());
    }
}
