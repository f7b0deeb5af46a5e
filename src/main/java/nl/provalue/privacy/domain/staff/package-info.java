/**
 * The provider's staff: {@code StaffMember} and {@code StaffRepository}. No rule of the policy is
 * decided here; rules that need a person name one of these: who recorded an item (P1), the second
 * staff member of a disclosure decision (P11), the creator of an API key. Uses nothing of the
 * portal; the other domain packages refer to it.
 */
package nl.provalue.privacy.domain.staff;
