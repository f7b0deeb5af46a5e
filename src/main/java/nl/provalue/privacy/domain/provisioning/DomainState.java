package nl.provalue.privacy.domain.provisioning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.IdnaName;

/**
 * A domain name as the customer system has it (P10): the name (held in A-label form, typed in
 * either), when it was registered and until when, and its contacts; a holder is required, the
 * administrative and technical contacts are optional.
 */
public record DomainState(
        String name, LocalDate registeredOn, LocalDate expiresOn, Map<ContactRole, DomainContactState> contacts) {

    public DomainState {
        name = hostName(name, "name");
        if (registeredOn == null) {
            throw new InvalidStateException("registeredOn", "required");
        }
        if (expiresOn == null) {
            throw new InvalidStateException("expiresOn", "required");
        }
        if (expiresOn.isBefore(registeredOn)) {
            throw new InvalidStateException("expiresOn", "lies before registeredOn");
        }
        if (contacts == null || !contacts.containsKey(ContactRole.REGISTRANT)) {
            throw new InvalidStateException("contacts.registrant", "a domain name has a holder");
        }
        contacts = Collections.unmodifiableMap(new EnumMap<>(contacts));
    }

    /** The name as the customer reads it (Unicode for an internationalised name). */
    public String displayName() {
        return IdnaName.ofStored(name).unicode();
    }

    /** A host or domain name in A-label form, or refused naming the field. */
    static String hostName(String input, String field) {
        if (input == null || input.isBlank()) {
            throw new InvalidStateException(field, "required");
        }
        String ascii;
        try {
            ascii = IdnaName.parse(input).ascii();
        } catch (IdnaName.InvalidNameException e) {
            throw new InvalidStateException(
                    field, "not a domain name (" + e.problem().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (!ascii.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
            throw new InvalidStateException(field, "not a domain name");
        }
        return ascii;
    }
}
