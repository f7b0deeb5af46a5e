/**
 * What the provider's own customer system says a customer has: contact details, domain names with
 * their contacts, mailboxes and websites ({@code CustomerState}), the version tag two systems
 * compare before they overwrite each other ({@code CustomerState#etag}), and what differs between
 * the portal's state and the wanted one, field by field, as the changes the customer is shown (P1,
 * source "our customer system"; {@code StateDifference}). A state that cannot be used is refused
 * with the field at fault ({@code InvalidStateException}). Uses {@code domain.customer},
 * {@code domain.registration} and {@code domain.mail}; pure, without a container.
 */
package nl.provalue.privacy.domain.provisioning;
