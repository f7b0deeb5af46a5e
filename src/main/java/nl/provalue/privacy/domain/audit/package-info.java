/**
 * The audit trail: {@code AuditEvent} (who did what, when, to whose data and why; append-only),
 * {@code AuditAction} and {@code AuditRepository}, and the rules of a staff view of a customer's
 * data (P12): every view belongs to an opening with a purpose from a short list
 * ({@code AccessPurpose}) and the staff member's own words ({@code AccessReason}: a reason too
 * short or too long is refused, never cut). Uses only {@code domain.account} (the actor's
 * {@code Role}) and {@code domain.shared}.
 */
package nl.provalue.privacy.domain.audit;
