-- P6: every access-log entry's share of the log's storage (the bytes of its line in the server's
-- log file) and, for entries imported from a file, a key of the line that makes a second import
-- of the same file store nothing twice.
ALTER TABLE access_log_entry ADD COLUMN stored_bytes INT NOT NULL DEFAULT 0;
ALTER TABLE access_log_entry ADD COLUMN line_key BIGINT;
-- The import that stored the entry (none for entries from elsewhere).
ALTER TABLE access_log_entry ADD COLUMN import_id BIGINT;
UPDATE access_log_entry SET stored_bytes = 120 + CHAR_LENGTH(path) + CHAR_LENGTH(client_ip);
CREATE UNIQUE INDEX uk_access_log_line ON access_log_entry (website_id, line_key);

-- P6: how much the access log of each website holds, kept up to date by imports and removals so
-- that no screen and no retention run has to add up millions of rows.
CREATE TABLE access_log_usage (
    website_id   BIGINT      NOT NULL PRIMARY KEY,
    entries      BIGINT      NOT NULL,
    stored_bytes BIGINT      NOT NULL,
    oldest_at    DATETIME(6),
    CONSTRAINT fk_access_log_usage_website FOREIGN KEY (website_id) REFERENCES website (id)
);
INSERT INTO access_log_usage (website_id, entries, stored_bytes, oldest_at)
    SELECT website_id, COUNT(*), SUM(stored_bytes), MIN(requested_at) FROM access_log_entry GROUP BY website_id;

-- P6: a website's own storage budget for its access log; NULL takes the configured default.
ALTER TABLE website ADD COLUMN log_budget_bytes BIGINT;
ALTER TABLE website ADD CONSTRAINT ck_website_log_budget CHECK (log_budget_bytes IS NULL OR log_budget_bytes > 0);

-- P6: what the space-based retention removed from which website, and when.
CREATE TABLE access_log_removal (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    website_id       BIGINT       NOT NULL,
    run_id           BIGINT,
    removed_at       DATETIME(6)  NOT NULL,
    reason           VARCHAR(20)  NOT NULL,
    entries          BIGINT       NOT NULL,
    stored_bytes     BIGINT       NOT NULL,
    oldest_removed   DATETIME(6)  NOT NULL,
    newest_removed   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_access_log_removal_website FOREIGN KEY (website_id) REFERENCES website (id)
);
CREATE INDEX ix_access_log_removal_site ON access_log_removal (website_id, removed_at);

-- P7: who destroyed a backup (the retention run, or a person).
ALTER TABLE backup ADD COLUMN destroyed_by VARCHAR(120);

-- P6: the budget of all access logs together as staff set it; without a row the configured value
-- (PORTAL_ACCESS_LOG_BUDGET_TOTAL) applies, and 0 means no total budget.
CREATE TABLE access_log_total_budget (
    id           INT         NOT NULL PRIMARY KEY,
    budget_bytes BIGINT      NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    CONSTRAINT ck_access_log_total_budget_one CHECK (id = 1),
    CONSTRAINT ck_access_log_total_budget CHECK (budget_bytes >= 0)
);
