/**
 * P4: following the mail server's live Postfix log ({@code PORTAL_MAIL_LOG_FILE}): deciding from a
 * file's identity whether it grew, was truncated or was rotated ({@link
 * nl.provalue.privacy.infrastructure.importing.follow.FollowPlan}), taking complete lines only
 * ({@link nl.provalue.privacy.infrastructure.importing.follow.LogTail}), and handing them to ordinary
 * Postfix imports on a schedule, one server at a time.
 */
package nl.provalue.privacy.infrastructure.importing.follow;
