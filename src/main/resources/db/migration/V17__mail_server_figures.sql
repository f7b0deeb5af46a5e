-- P5: what the mail server itself holds and does. The stored-mail figures become the last known
-- figures read from the mail server (with the moment they were read); the retention setting is
-- carried out by the mail server, and the mailbox records when that last happened and how many
-- messages it removed. retention_checked_at is where a run of the rule has got to.
ALTER TABLE mailbox ADD COLUMN status_as_of DATETIME(6);
ALTER TABLE mailbox ADD COLUMN retention_applied_at DATETIME(6);
ALTER TABLE mailbox ADD COLUMN retention_removed INT;
ALTER TABLE mailbox ADD COLUMN retention_checked_at DATETIME(6);
CREATE INDEX ix_mailbox_retention_checked ON mailbox (retention_checked_at, id);
