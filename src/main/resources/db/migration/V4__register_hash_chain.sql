-- P11: the disclosure register's tamper-evident trail. Every event (registration, review, decision,
-- hand-over, secrecy, closing) is appended with a snapshot of the request and the SHA-256 of the
-- previous event, so that editing or deleting any row shows up on verification.
CREATE TABLE register_event (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    event_type  VARCHAR(30)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    snapshot    VARCHAR(8000) NOT NULL,
    prev_hash   VARCHAR(64)   NOT NULL,
    hash        VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_register_event_request ON register_event (request_id, seq);

-- The newest link, so that removing events from the end is noticed too. Appends lock this row,
-- which also keeps the sequence gap-free with several servers.
CREATE TABLE register_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO register_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
