/**
 * P7: {@code BackupRegister}, the register of backups per customer. Staff, or the backup system
 * with a key of scope {@code BACKUPS}, record a backup and every entry is audited; none gets an
 * expiry later than six months after it was taken (the domain refuses it). Destruction is the
 * retention rule's. Uses {@code application} ({@code CurrentCaller}, {@code AuditTrail}) and
 * {@code domain.backup}, {@code domain.customer}, {@code domain.audit}, {@code domain.apitoken},
 * {@code domain.shared}.
 */
package nl.provalue.privacy.application.backup;
