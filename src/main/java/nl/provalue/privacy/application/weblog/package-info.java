/**
 * The access-log pipeline's use cases (P3, P6): {@code AccessLogIntake} takes parsed lines, from an
 * import or the demo data, each once, with their traffic per day and their storage;
 * {@code AccessLogSpaceKeeper} keeps every log within its budget and all logs within the total
 * budget. Both write only through the domain's {@code AccessLogStore}, the one writer of the
 * access-log tables. Uses {@code domain.web}, {@code domain.retention} and
 * {@code application.retention} ({@code RetentionTask}, {@code LogBudgets}).
 */
package nl.provalue.privacy.application.weblog;
