/**
 * P10: what the world sees of each domain's registration data. {@code WhoisExposureService} makes
 * the {@code PublicRecord} and takes the customer's consent; {@code RdapDocument} (RFC 9083, 9537)
 * and {@code WhoisText} render that one record; {@code TldRuleService} lets staff keep the
 * registries' rules, audited; {@code RegistrationDataRequests} puts a third party's request for
 * non-public data into the disclosure register (P9, P10). Uses {@code application},
 * {@code application.disclosure} ({@code RegisterLedger}) and {@code domain.registration},
 * {@code domain.disclosure}, {@code domain.audit}, {@code domain.account}, {@code domain.staff},
 * {@code domain.shared}.
 */
package nl.provalue.privacy.application.registration;
