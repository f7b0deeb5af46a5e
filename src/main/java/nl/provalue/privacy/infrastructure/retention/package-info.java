/**
 * The retention rules' tasks, each a {@code RetentionTask} run by the application's
 * {@code RetentionService}: {@code SignInRecordPurge} (P3), {@code MailLogPurge} and
 * {@code RawLogFilePurge} (P4), {@code MailboxRetention} (P5) and {@code BackupExpiry} (P7), and the
 * access-log budgets as configured ({@code AccessLogBudgetSettings}, P6; the rule itself is
 * {@code application.weblog.AccessLogSpaceKeeper}); {@code JdbcRetentionLease} lets one server at a time work on a rule,
 * and {@code RetentionScheduler} runs them on a fixed delay. Uses {@code application},
 * {@code application.retention}, {@code application.importing}, {@code domain.retention},
 * {@code domain.mail}, {@code domain.web}, {@code domain.account}, {@code domain.notification},
 * {@code infrastructure.config} and {@code infrastructure.persistence}.
 */
package nl.provalue.privacy.infrastructure.retention;
