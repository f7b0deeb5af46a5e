/**
 * Keys for the provider's own systems (billing, backup system, log shipper): the {@code ApiToken}
 * with its name, scopes ({@code ApiScope}), expiry and revocation, and the key itself
 * ({@code ApiTokenSecret}), of which only a hash is kept. Pure rules, no container needed to test
 * them; uses only {@code domain.staff}.
 */
package nl.provalue.privacy.domain.apitoken;
