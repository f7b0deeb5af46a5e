-- The shared retention mechanism (P4, P6, P7): one row per rule holds the lease that lets only one
-- server run the rule at a time; every run is recorded with what it removed.
CREATE TABLE retention_lease (
    rule_id      VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    lease_until  DATETIME(6)
);

CREATE TABLE retention_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_id       VARCHAR(40)  NOT NULL,
    policy_id     VARCHAR(10)  NOT NULL,
    node          VARCHAR(120) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6),
    cutoff        DATETIME(6),
    removed_count BIGINT       NOT NULL,
    batches       INT          NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    detail        VARCHAR(500)
);
CREATE INDEX ix_retention_run_rule ON retention_run (rule_id, started_at);
CREATE INDEX ix_retention_run_time ON retention_run (started_at);

-- Imports of server logs (Postfix mail logs, web access logs), run as restartable batch jobs.
-- lines_done and bytes_done are the checkpoint: they are written in the same transaction as the
-- entries of each chunk, so a resumed import continues exactly where the last commit ended.
CREATE TABLE import_run (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    website_id          BIGINT,
    file_name           VARCHAR(255)  NOT NULL,
    stored_path         VARCHAR(1000) NOT NULL,
    file_size           BIGINT        NOT NULL,
    file_sha256         VARCHAR(64)   NOT NULL,
    started_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    started_at          DATETIME(6),
    finished_at         DATETIME(6),
    status              VARCHAR(20)   NOT NULL,
    node                VARCHAR(120),
    job_execution_id    BIGINT,
    lines_done          BIGINT        NOT NULL,
    bytes_done          BIGINT        NOT NULL,
    imported            BIGINT        NOT NULL,
    duplicates          BIGINT        NOT NULL,
    ignored             BIGINT        NOT NULL,
    skipped             BIGINT        NOT NULL,
    unmatched           BIGINT        NOT NULL,
    bytes_counted       BIGINT        NOT NULL,
    detail              VARCHAR(1000),
    CONSTRAINT fk_import_run_website FOREIGN KEY (website_id) REFERENCES website (id)
);
CREATE INDEX ix_import_run_created ON import_run (created_at);
CREATE INDEX ix_import_run_status ON import_run (status);
