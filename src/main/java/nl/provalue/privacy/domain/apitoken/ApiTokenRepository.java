package nl.provalue.privacy.domain.apitoken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The keys of the provider's systems. */
public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    boolean nameTaken(String name);

    /** All keys, newest first (a provider has a handful). */
    List<ApiToken> all();

    /** Notes a use of the key, at most once a minute per key so that busy scripts do not write on every call. */
    void markUsed(long id, Instant at, String from);
}
