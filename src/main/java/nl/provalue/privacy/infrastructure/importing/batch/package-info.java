/**
 * The Jakarta Batch steps of an import: {@code LogLineReader} reads a Postfix log on from the
 * checkpoint; {@code PostfixLineProcessor} makes mail deliveries and {@code MailLogWriter} hands them to
 * {@code application.mail.MailLogIntake} (P4);
 * {@code AccessLogLineReader} reads and parses an access log ahead of the chunk being stored,
 * {@code AccessLogLineProcessor} and {@code AccessLogWriter} store access-log entries (P6) and add
 * to the daily traffic counters (P3) in the chunk's transaction; the listeners keep the import's
 * state and delete a completed import's raw file (P4). Uses {@code domain.importing},
 * {@code domain.shared}, {@code infrastructure.importing} with its {@code accesslog} and
 * {@code postfix} parsers, and {@code infrastructure.persistence} ({@code SqlTime}).
 */
package nl.provalue.privacy.infrastructure.importing.batch;
