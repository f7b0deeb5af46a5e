package nl.provalue.privacy.domain.provisioning;

import java.util.Objects;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.registration.HolderKind;

/** One contact of a domain name (P10): a person or an organisation, and how to reach them. */
public record DomainContactState(HolderKind holderKind, ContactDetails details) {

    public DomainContactState {
        if (holderKind == null) {
            throw new InvalidStateException("holderKind", "required: NATURAL_PERSON or ORGANISATION");
        }
        Objects.requireNonNull(details, "details");
    }
}
