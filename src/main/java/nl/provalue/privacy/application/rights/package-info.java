/**
 * Rights requests under the GDPR, {@code RightsRequests}: customers file, follow and withdraw their
 * own; staff register those that came by letter, phone or e-mail and work the queue by deadline,
 * every step attributed. Staff reading a request's customer data counts as an opening of that data
 * (P12). Uses {@code application} and {@code domain.rights}, {@code domain.customer},
 * {@code domain.audit}, {@code domain.account}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.rights;
