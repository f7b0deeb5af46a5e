package nl.provalue.privacy.domain.rights;

import java.util.Arrays;
import java.util.List;
import nl.provalue.privacy.domain.retention.KeptCategory;

/**
 * Article 17: what an erasure request can remove now and what the provider must or may keep, per
 * category of data, and why. The texts are in the bundles under {@code erasure.<CATEGORY>}.
 */
public final class ErasureAssessment {

    /** What happens to a category on erasure. */
    public enum Outcome {
        /** Erased on request. */
        ERASED_NOW,
        /** Kept while the contract runs (needed to deliver the service), erased when it ends. */
        KEPT_WHILE_CUSTOMER,
        /** Kept because the law requires it, for as long as it requires. */
        KEPT_BY_LAW,
        /** Goes by itself within its retention period; not erased separately. */
        GOES_BY_ITSELF
    }

    /** The outcome for one category. */
    public record Line(KeptCategory category, Outcome outcome) {}

    private ErasureAssessment() {}

    public static Outcome outcomeOf(KeptCategory category) {
        return switch (category) {
            case CONTACT_AND_PROFILE, WHOIS, MAILBOX_CONTENT, TRAFFIC_COUNTERS -> Outcome.KEPT_WHILE_CUSTOMER;
            case PAPER_RECORDS, DISCLOSURES, STAFF_ACCESS_LOG -> Outcome.KEPT_BY_LAW;
            case MAIL_LOG, BACKUPS, TECHNICAL_LOGS, SIGN_IN_RECORDS -> Outcome.GOES_BY_ITSELF;
            case ACCESS_LOG -> Outcome.ERASED_NOW;
        };
    }

    public static List<Line> all() {
        return Arrays.stream(KeptCategory.values())
                .map(c -> new Line(c, outcomeOf(c)))
                .toList();
    }
}
