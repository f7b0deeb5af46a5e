package nl.provalue.privacy.application.registration;

import java.io.Serializable;
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
public record PublicRecord(
        long domainId,
        String domainName,
        String tld,
        String registry,
        String policySource,
        String policySourceNl,
        LocalDate registeredOn,
        LocalDate expiresOn,
        Instant asOf,
        List<Contact> contacts)
        implements Serializable {

    /**
     * The moment of the record to the second, as WHOIS and RDAP give it ("2026-12-04T15:54:41Z"),
     * not to the clock's nanosecond.
     */
    public PublicRecord {
        asOf = asOf == null ? null : asOf.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * The registry's publication rules in the reader's language (Dutch for "nl", English
     * otherwise); null when no rules are on record for the TLD (then nothing is published).
     */
    public String policyIn(String language) {
        return "nl".equals(language) ? policySourceNl : policySource;
    }

    /** The name as people read it: U-labels for an internationalised name ({@code straße.de}), else the name itself. */
    public String unicodeName() {
        return IdnaName.ofStored(domainName).unicode();
    }

    /** One contact and its fields. */
    public record Contact(
            long id,
            ContactRole role,
            HolderKind holderKind,
            boolean consent,
            boolean choiceAllowed,
            Instant consentChangedAt,
            List<FieldExposure> fields)
            implements Serializable {

        public boolean anythingPublished() {
            return fields.stream().anyMatch(FieldExposure::published);
        }
    }
}
