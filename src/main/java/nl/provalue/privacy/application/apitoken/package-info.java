/**
 * The keys of the provider's own systems: administrators make and revoke them, every staff member
 * sees them, and every call made with one is checked here and recorded in the audit trail with the
 * key's name. Uses {@code domain.apitoken}, {@code domain.staff} and {@code domain.audit}.
 */
package nl.provalue.privacy.application.apitoken;
