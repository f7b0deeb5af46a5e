package nl.provalue.privacy.domain.customer;

import java.util.EnumSet;
import java.util.Set;
import nl.provalue.privacy.domain.shared.Purpose;

/**
 * The categories of personal data the provider holds, each with the purposes it may serve (P8).
 */
public enum DataCategory {
    IDENTITY(EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION)),
    CONTACT(EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION)),
    BILLING(EnumSet.of(Purpose.ADMINISTRATION)),
    CORRESPONDENCE(EnumSet.of(Purpose.COMMUNICATION, Purpose.ADMINISTRATION));

    private final Set<Purpose> allowedPurposes;

    DataCategory(Set<Purpose> allowedPurposes) {
        this.allowedPurposes = allowedPurposes;
    }

    /** P8: profile data serves communication and administration only. */
    public Set<Purpose> allowedPurposes() {
        return EnumSet.copyOf(allowedPurposes);
    }

    public boolean allows(Purpose purpose) {
        return allowedPurposes.contains(purpose);
    }
}
