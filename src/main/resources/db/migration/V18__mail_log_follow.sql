-- P4: the live Postfix log the portal follows (PORTAL_MAIL_LOG_FILE). One row, locked by the server
-- that polls, so one server at a time hands new lines over. file_key is the file's identity
-- (device and inode) so a rotation by rename is recognised; handed_bytes is where the lines handed
-- to imports end (always at a line end), size_seen the size found at the last check. A file renamed
-- away is followed as the previous file until its last lines are handed over too.
CREATE TABLE followed_log_file (
    id BIGINT NOT NULL PRIMARY KEY,
    path VARCHAR(1000),
    file_key VARCHAR(200),
    handed_bytes BIGINT NOT NULL DEFAULT 0,
    size_seen BIGINT NOT NULL DEFAULT 0,
    previous_file_key VARCHAR(200),
    previous_handed_bytes BIGINT NOT NULL DEFAULT 0,
    previous_size_seen BIGINT NOT NULL DEFAULT 0,
    lines_handed BIGINT NOT NULL DEFAULT 0,
    bytes_handed BIGINT NOT NULL DEFAULT 0,
    checked_at DATETIME(6),
    grown_at DATETIME(6),
    last_import_id BIGINT
);
INSERT INTO followed_log_file (id, handed_bytes, size_seen, previous_handed_bytes, previous_size_seen, lines_handed, bytes_handed)
VALUES (1, 0, 0, 0, 0, 0, 0);
