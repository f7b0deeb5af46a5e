package nl.provalue.privacy.application.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.FieldExposure;
import nl.provalue.privacy.domain.registration.HolderKind;
import nl.provalue.privacy.domain.registration.IdnaName;

/**
 * P10: a domain's registration record with, for every field, whether the world sees it. The
 * public RDAP answer, the WHOIS text and the customer's preview are all made from this.
 */
public record PublicRecord(long domainId, String domainName, String tld, String registry, String policySource,
                           LocalDate registeredOn, LocalDate expiresOn, Instant asOf, List<Contact> contacts) {

    /** The name as people read it: U-labels for an internationalised name ({@code straße.de}), else the name itself. */
    public String unicodeName() {
        return IdnaName.ofStored(domainName).unicode();
    }

    /** One contact and its fields. */
    public record Contact(long id, ContactRole role, HolderKind holderKind, boolean consent, boolean choiceAllowed,
                          Instant consentChangedAt, List<FieldExposure> fields) {

        public boolean anythingPublished() {
            return fields.stream().anyMatch(FieldExposure::published);
        }
    }
}
