-- Staff who manage the portal's keys for the provider's own systems.
ALTER TABLE staff_member ADD COLUMN administrator BOOLEAN NOT NULL DEFAULT FALSE;

-- Keys with which the provider's own systems (billing, backup system, log shipper) call the API
-- without a person's password. Only a SHA-256 hash of each key is kept; the key itself is shown
-- once, when it is made.
CREATE TABLE api_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(60)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    scopes          VARCHAR(200) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by_id   BIGINT       NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    revoked_at      DATETIME(6),
    revoked_by_id   BIGINT,
    last_used_at    DATETIME(6),
    last_used_from  VARCHAR(45),
    CONSTRAINT uk_api_token_name UNIQUE (name),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_created_by FOREIGN KEY (created_by_id) REFERENCES staff_member (id),
    CONSTRAINT fk_api_token_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES staff_member (id)
);
