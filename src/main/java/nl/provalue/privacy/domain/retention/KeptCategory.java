package nl.provalue.privacy.domain.retention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.provalue.privacy.domain.shared.Purpose;

/**
 * Every category of personal data the provider keeps, with the policy rules behind it, its
 * purposes (P8) and its legal ground. The plain-language texts (what, source, how long, how it
 * is deleted) are in the message bundles under {@code kept.<NAME>.*}; this is the "What we keep
 * and why" page in data.
 */
public enum KeptCategory {
    CONTACT_AND_PROFILE(
            List.of("P1", "P2", "P8"), EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION), LegalGround.CONTRACT),
    PAPER_RECORDS(List.of("P2"), EnumSet.of(Purpose.ADMINISTRATION), LegalGround.LEGAL_OBLIGATION),
    TRAFFIC_COUNTERS(List.of("P3"), EnumSet.of(Purpose.TRAFFIC_ACCOUNTING), LegalGround.CONTRACT),
    TECHNICAL_LOGS(List.of("P3"), EnumSet.of(Purpose.INTERNAL_OPERATIONS), LegalGround.LEGITIMATE_INTEREST),
    /**
     * P3: the records behind signing in (attempts, sessions, one-time links, the e-mails the
     * portal sent about the account), technical logs that also keep the account safe; deleted by
     * the retention rule {@link RetentionRule#SIGN_IN_RECORDS}.
     */
    SIGN_IN_RECORDS(List.of("P3"), EnumSet.of(Purpose.INTERNAL_OPERATIONS), LegalGround.LEGITIMATE_INTEREST),
    MAIL_LOG(List.of("P4", "P12"), EnumSet.of(Purpose.INTERNAL_OPERATIONS), LegalGround.LEGITIMATE_INTEREST),
    MAILBOX_CONTENT(List.of("P5", "P12"), EnumSet.of(Purpose.COMMUNICATION), LegalGround.CONTRACT),
    ACCESS_LOG(List.of("P6"), EnumSet.of(Purpose.TRAFFIC_ACCOUNTING, Purpose.STATISTICS), LegalGround.CONTRACT),
    BACKUPS(List.of("P7"), EnumSet.of(Purpose.INTERNAL_OPERATIONS), LegalGround.LEGITIMATE_INTEREST),
    WHOIS(List.of("P10"), EnumSet.of(Purpose.DOMAIN_REGISTRATION), LegalGround.CONTRACT),
    DISCLOSURES(List.of("P9", "P11", "P13"), EnumSet.of(Purpose.LEGAL_OBLIGATION), LegalGround.LEGAL_OBLIGATION),
    STAFF_ACCESS_LOG(List.of("P12"), EnumSet.of(Purpose.ADMINISTRATION), LegalGround.LEGAL_OBLIGATION);

    /** The grounds of article 6 GDPR the provider relies on. */
    public enum LegalGround {
        CONTRACT,
        LEGAL_OBLIGATION,
        LEGITIMATE_INTEREST
    }

    private final List<String> policyIds;
    private final Set<Purpose> purposes;
    private final LegalGround legalGround;

    KeptCategory(List<String> policyIds, Set<Purpose> purposes, LegalGround legalGround) {
        this.policyIds = policyIds;
        this.purposes = purposes;
        this.legalGround = legalGround;
    }

    public List<String> policyIds() {
        return policyIds;
    }

    public Set<Purpose> purposes() {
        return EnumSet.copyOf(purposes);
    }

    public LegalGround legalGround() {
        return legalGround;
    }
}
