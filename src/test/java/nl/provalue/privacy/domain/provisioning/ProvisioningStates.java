package nl.provalue.privacy.domain.provisioning;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;

/** States to compare in tests. */
final class ProvisioningStates {

    static final ContactDetails JAN = new ContactDetails(
            "Jan de Vries", null, "Kerkstraat 1", "1017 GC", "Amsterdam", "NL", "+31 20 123 4567", "jan@example.nl");

    private ProvisioningStates() {}

    static DomainState domain(String name, ContactDetails holder) {
        return new DomainState(
                name,
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2027, 3, 1),
                Map.of(ContactRole.REGISTRANT, new DomainContactState(HolderKind.NATURAL_PERSON, holder)));
    }

    static CustomerState state(ContactDetails contact, List<DomainState> domains) {
        return new CustomerState(
                contact,
                "nl",
                domains,
                List.of(
                        new MailboxState("info@example.nl", EnumSet.of(MailProtocol.IMAP)),
                        new MailboxState("jan@example.nl", EnumSet.of(MailProtocol.POP3, MailProtocol.IMAP))),
                List.of(new WebsiteState("www.example.nl", "Basis", 10_000_000_000L)));
    }

    static CustomerState jan() {
        return state(JAN, List.of(domain("example.nl", JAN), domain("devries.eu", JAN)));
    }
}
