/**
 * Log imports on the server: {@code BatchImportLauncher} runs them as Jakarta Batch jobs,
 * {@code ImportRecovery} takes up interrupted ones after a crash, {@code ImportProgress} moves the
 * record along, and {@code LogFileReader} reads lines with exact byte counts ({@code LogLine},
 * {@code ProcessedLine}), {@code ReadAhead} on a thread of its own ahead of the import. P4: {@code FileSystemLogFileStore} keeps an upload whole or not at all
 * and no larger than the configured maximum ({@code ConfiguredImportSettings}). Uses
 * {@code application}, {@code application.importing}, {@code domain.importing}, {@code domain.web}
 * and {@code infrastructure.config}.
 */
package nl.provalue.privacy.infrastructure.importing;
