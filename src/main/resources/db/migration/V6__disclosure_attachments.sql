-- P11: the order itself, attached to its request and stored with its SHA-256; the hash is part of
-- the register's chain, so a replaced document is found on verification.
CREATE TABLE disclosure_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);
CREATE INDEX ix_attachment_request ON disclosure_attachment (request_id, id);
