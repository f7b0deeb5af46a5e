/**
 * P10: domain registrations and what the public WHOIS/RDAP record shows of them: {@code DomainName}
 * with its {@code DomainContact}s and the customer's consents ({@code WhoisConsentChange}), the
 * registries' rules per TLD as staff keep them ({@code TldPolicy}, {@code TldPublicationRule}), and
 * {@code PublicationPolicy}, which applies them and answers per field ({@code FieldExposure});
 * names as IDNA2008 knows them ({@code IdnaName}). {@code DomainRepository} and
 * {@code TldRuleRepository} are the stores' interfaces. Uses only {@code domain.customer}.
 */
package nl.provalue.privacy.domain.registration;
