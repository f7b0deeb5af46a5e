-- The portal's own outgoing e-mail (password-reset and activation links, notices of an account
-- locked after failed sign-ins). A mail is written here in the transaction of the work that causes
-- it, so it exists only if that work commits; the dispatcher sends it afterwards.
--   next_attempt_at  when it may be tried (again); failures back off, up to one hour
--   attempts         tries so far; after ten failed ones the mail is given up and kept, unsent,
--                    with its last error
--   body             emptied once the mail is sent: it may hold a one-time link
--   claimed_by/until the server sending it now; another server may take it over only after
--                    claimed_until, so two servers never send the same mail at once
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL,
    sent_at         DATETIME(6),
    last_error      VARCHAR(500),
    claimed_by      VARCHAR(100),
    claimed_until   DATETIME(6)
);
-- The dispatcher's question every few seconds: unsent mails whose time has come, oldest first.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
