package nl.provalue.privacy.domain.registration;

import java.util.List;
import java.util.Optional;

/** P10: the registries' publication rules, as staff maintain them. */
public interface TldRuleRepository {

    List<TldPublicationRule> rulesFor(String tld);

    List<TldPublicationRule> all();

    Optional<TldPublicationRule> find(long id);

    Optional<TldPolicy> policy(String tld);

    List<TldPolicy> policies();
}
