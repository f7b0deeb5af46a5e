-- Sign-in security: second factor (TOTP, RFC 6238) with one-time recovery codes, every sign-in
-- attempt (throttling, and the person's own sign-in history), the sessions a person has open (so
-- they can see and end them), and one-time links for password reset and account activation.

-- The TOTP secret (Base32) and the last time step used, so that a code works only once.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE user_account ADD COLUMN totp_enabled_at DATETIME(6);
ALTER TABLE user_account ADD COLUMN password_changed_at DATETIME(6);

CREATE TABLE recovery_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uk_recovery_code UNIQUE (account_id, code_hash)
);

-- One row per attempt. name_key is a SHA-256 of the typed (normalised) user name, so that the
-- throttle treats known and unknown names alike without keeping what strangers typed.
CREATE TABLE sign_in_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempted_at   DATETIME(6)  NOT NULL,
    name_key       VARCHAR(64)  NOT NULL,
    account_id     BIGINT,
    source_address VARCHAR(45)  NOT NULL,
    browser        VARCHAR(100) NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_sign_in_attempt_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_sign_in_attempt_name ON sign_in_attempt (name_key, attempted_at);
CREATE INDEX ix_sign_in_attempt_address ON sign_in_attempt (source_address, attempted_at);
CREATE INDEX ix_sign_in_attempt_account ON sign_in_attempt (account_id, attempted_at);

-- A signed-in session. The HTTP session holds only this row's id; ending the row ends the session
-- on its next request, on whichever server it arrives.
CREATE TABLE sign_in_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    last_seen_at   DATETIME(6)  NOT NULL,
    source_address VARCHAR(45)  NOT NULL,
    browser        VARCHAR(100) NOT NULL,
    ended_at       DATETIME(6),
    end_reason     VARCHAR(20),
    CONSTRAINT fk_sign_in_session_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_sign_in_session_end CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX ix_sign_in_session_account ON sign_in_session (account_id, ended_at, last_seen_at);

-- One-time links: only a SHA-256 of the token is stored, so a copy of the database opens nothing.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_account_token_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);
