-- P3: the retention rule SIGN_IN_RECORDS deletes sign-in attempts and sessions after 180 days,
-- one-time links a day after they were used or expired, and the outbox's sent or given-up mails
-- after 30 days, oldest first. These indexes let each batch read its oldest due rows without
-- scanning the table. The rule's lease row in retention_lease is made at its first run.
-- (A given-up mail's next_attempt_at holds the moment it was given up; the purge counts from it,
-- through ix_mail_outbox_due as the sent mails do.)
CREATE INDEX ix_sign_in_attempt_time ON sign_in_attempt (attempted_at, id);
CREATE INDEX ix_sign_in_session_seen ON sign_in_session (last_seen_at, id);
CREATE INDEX ix_account_token_expiry ON account_token (expires_at, id);
