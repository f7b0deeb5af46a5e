/**
 * The HTTP API under {@code /api} ({@code PortalApi}): the customer's own data ({@code MeResource}:
 * profile, export, mailboxes and mail log, P4, P5, rights requests), staff reads with a stated
 * reason ({@code StaffCustomerDataResource}, P12), log imports ({@code ImportResource}; P3, P4,
 * P6), the backup register ({@code BackupResource}, P7) and the register chain's check
 * ({@code RegisterResource}, P11); every call with a key is audited ({@code ApiCallAudit}), every
 * error is a problem document ({@code ErrorMappers}). Uses the {@code application} packages, domain
 * value types and enums, and {@code web}.
 */
package nl.provalue.privacy.web.api;
