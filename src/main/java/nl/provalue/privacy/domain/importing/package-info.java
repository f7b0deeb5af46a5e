/**
 * The record of log imports, which fill the traffic counters (P3), the mail log (P4) and the access
 * logs (P6): {@code ImportRun} (the file by name, size and SHA-256, its checkpoint, what became of
 * every line: {@code ImportTally}), {@code ImportKind}, {@code ImportStatus}, and the live Postfix
 * log the portal follows ({@code FollowedLogFile}). P4: {@code RawLogFileRetention} decides how
 * long an uploaded raw log is kept, never longer than the mail log's four weeks. Uses only
 * {@code domain.mail} ({@code MailLogRetention}).
 */
package nl.provalue.privacy.domain.importing;
