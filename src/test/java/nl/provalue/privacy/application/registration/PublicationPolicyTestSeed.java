package nl.provalue.privacy.application.registration;

import java.util.List;
import nl.provalue.privacy.domain.registration.PublicationPolicyTest;
import nl.provalue.privacy.domain.registration.TldPublicationRule;

/** The seeded rules of one TLD, read from the migration. */
final class PublicationPolicyTestSeed {

    private PublicationPolicyTestSeed() {}

    static List<TldPublicationRule> rules(String tld) {
        return PublicationPolicyTest.seeded().stream()
                .filter(r -> r.tld().equals(tld))
                .toList();
    }
}
