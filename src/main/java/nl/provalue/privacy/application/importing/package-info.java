/**
 * Importing server logs, which fill P3, P4 and P6: {@code ImportService} stores an upload, records
 * it and hands it to a batch job ({@code ImportLauncher}); {@code ImportRecords} writes the
 * import's record, a transaction per call; {@code ImportSettings} and {@code LogFileStore} are
 * interfaces the infrastructure fills. P4: {@code RawLogFiles} deletes an uploaded raw log once its
 * import no longer needs it, and {@code MailLogFollowing} is the followed live mail log. Uses
 * {@code application} and {@code domain.importing}, {@code domain.web}, {@code domain.audit},
 * {@code domain.account}, {@code domain.apitoken}, {@code domain.shared}.
 */
package nl.provalue.privacy.application.importing;
