/**
 * What every use case shares, and the use cases of one customer's data. Who calls
 * ({@code CurrentCaller}, {@code SignedInCaller}) and what they reach:
 * {@code CustomerDataAccessInterceptor} lets a customer reach only their own data and records every
 * staff view with its reason and opening ({@code StaffAccessReason}, {@code StaffOpenings}; P12).
 * {@code MyDataService} shows what is held (P1 to P10) and the staff openings (P12),
 * {@code ExportService} hands it out as one file; {@code AuditTrail}, {@code Fault} and {@code Csv}
 * serve all, and {@code ConflictRetryInterceptor} runs a {@code RetriedOnConflict} transaction again
 * when a database cluster threw it away for a write conflict. Uses the domain packages and {@code application.desk}, {@code application.export} and
 * {@code application.rights}, which use this package in turn.
 */
package nl.provalue.privacy.application;
