-- Domain model of the privacy policy (P1..P13). Portable between MariaDB 10.11 and H2 in
-- MariaDB mode: plain types, named constraints, indexes created separately.

CREATE TABLE staff_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    job_title       VARCHAR(100),
    created_at      DATETIME(6)  NOT NULL
);

CREATE TABLE customer (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_number    VARCHAR(20)  NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    organisation       VARCHAR(200),
    street             VARCHAR(200),
    postal_code        VARCHAR(20),
    city               VARCHAR(100),
    country_code       VARCHAR(2)   NOT NULL,
    phone              VARCHAR(40),
    email              VARCHAR(254) NOT NULL,
    preferred_language VARCHAR(5)   NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_customer_number UNIQUE (customer_number)
);
CREATE INDEX ix_customer_name ON customer (full_name);
CREATE INDEX ix_customer_email ON customer (email);

CREATE TABLE user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    customer_id     BIGINT,
    staff_member_id BIGINT,
    enabled         BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_user_account_staff FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT ck_user_account_owner CHECK (
        (role = 'CUSTOMER' AND customer_id IS NOT NULL AND staff_member_id IS NULL)
     OR (role = 'STAFF' AND staff_member_id IS NOT NULL AND customer_id IS NULL))
);

-- P1, P2, P8: every personal-data item with its source, storage and purposes.
CREATE TABLE personal_data_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id         BIGINT        NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    label               VARCHAR(100)  NOT NULL,
    item_value          VARCHAR(1000) NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    storage             VARCHAR(20)   NOT NULL,
    recorded_by_staff_id BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_pdi_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_pdi_staff FOREIGN KEY (recorded_by_staff_id) REFERENCES staff_member (id)
);
CREATE INDEX ix_pdi_customer_category ON personal_data_item (customer_id, category, id);

CREATE TABLE personal_data_item_purpose (
    item_id BIGINT      NOT NULL,
    purpose VARCHAR(30) NOT NULL,
    CONSTRAINT pk_pdi_purpose PRIMARY KEY (item_id, purpose),
    CONSTRAINT fk_pdi_purpose_item FOREIGN KEY (item_id) REFERENCES personal_data_item (id) ON DELETE CASCADE
);

-- P2: the register of paper records.
CREATE TABLE paper_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    description  VARCHAR(500) NOT NULL,
    location     VARCHAR(200) NOT NULL,
    kept_since   DATE         NOT NULL,
    kept_until   DATE,
    destroyed_at DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_paper_record_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_paper_record_customer ON paper_record (customer_id, kept_since);

-- P3, P6: websites, their plan limit, daily traffic counters and the access log.
CREATE TABLE website (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id         BIGINT       NOT NULL,
    hostname            VARCHAR(253) NOT NULL,
    plan_name           VARCHAR(60)  NOT NULL,
    traffic_limit_bytes BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_website_hostname UNIQUE (hostname),
    CONSTRAINT fk_website_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_website_limit CHECK (traffic_limit_bytes > 0)
);
CREATE INDEX ix_website_customer ON website (customer_id);

CREATE TABLE traffic_day (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    website_id  BIGINT NOT NULL,
    traffic_date DATE  NOT NULL,
    bytes_served BIGINT NOT NULL,
    requests    BIGINT NOT NULL,
    CONSTRAINT uk_traffic_day UNIQUE (website_id, traffic_date),
    CONSTRAINT fk_traffic_day_website FOREIGN KEY (website_id) REFERENCES website (id)
);

CREATE TABLE access_log_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    website_id     BIGINT        NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    client_ip      VARCHAR(45)   NOT NULL,
    http_method    VARCHAR(16)   NOT NULL,
    path           VARCHAR(2048) NOT NULL,
    status_code    INT           NOT NULL,
    response_bytes BIGINT        NOT NULL,
    CONSTRAINT fk_access_log_website FOREIGN KEY (website_id) REFERENCES website (id)
);
-- Keyset paging per site in time order, and the oldest-first removal of P6.
CREATE INDEX ix_access_log_site_time ON access_log_entry (website_id, requested_at, id);
CREATE INDEX ix_access_log_site_ip ON access_log_entry (website_id, client_ip, requested_at);

-- P5: mailboxes and their retention setting.
CREATE TABLE mailbox (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id        BIGINT       NOT NULL,
    address            VARCHAR(254) NOT NULL,
    retention_mode     VARCHAR(30)  NOT NULL,
    keep_days          INT,
    messages_stored    INT          NOT NULL,
    bytes_stored       BIGINT       NOT NULL,
    oldest_message_at  DATETIME(6),
    setting_changed_at DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_mailbox_address UNIQUE (address),
    CONSTRAINT fk_mailbox_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_mailbox_keep_days CHECK (
        (retention_mode = 'KEEP_COPY_DAYS' AND keep_days BETWEEN 1 AND 3650)
     OR (retention_mode <> 'KEEP_COPY_DAYS' AND keep_days IS NULL))
);
CREATE INDEX ix_mailbox_customer ON mailbox (customer_id);

CREATE TABLE mailbox_protocol (
    mailbox_id BIGINT      NOT NULL,
    protocol   VARCHAR(10) NOT NULL,
    CONSTRAINT pk_mailbox_protocol PRIMARY KEY (mailbox_id, protocol),
    CONSTRAINT fk_mailbox_protocol_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id) ON DELETE CASCADE
);

-- P4, P12: mail-log metadata only (never subject or content).
CREATE TABLE mail_log_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT,
    queue_id    VARCHAR(32)  NOT NULL,
    sender      VARCHAR(254) NOT NULL,
    recipient   VARCHAR(254) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_mail_log_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_mail_log_customer_time ON mail_log_entry (customer_id, sent_at, id);
-- The P4 purge walks entries oldest first.
CREATE INDEX ix_mail_log_time ON mail_log_entry (sent_at, id);
CREATE UNIQUE INDEX uk_mail_log_delivery ON mail_log_entry (queue_id, recipient, sent_at);

-- P7: backups, never kept longer than six months (enforced here as well as in the domain).
CREATE TABLE backup (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    description  VARCHAR(300) NOT NULL,
    taken_at     DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    destroyed_at DATETIME(6),
    size_bytes   BIGINT       NOT NULL,
    CONSTRAINT fk_backup_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_backup_expiry_six_months CHECK (
        expires_at > taken_at AND expires_at <= taken_at + INTERVAL '6' MONTH)
);
CREATE INDEX ix_backup_customer ON backup (customer_id, taken_at);
CREATE INDEX ix_backup_expiry ON backup (destroyed_at, expires_at);

-- P10: domains and the contacts on record.
CREATE TABLE domain_name (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id   BIGINT       NOT NULL,
    name          VARCHAR(253) NOT NULL,
    registered_on DATE         NOT NULL,
    expires_on    DATE         NOT NULL,
    CONSTRAINT uk_domain_name UNIQUE (name),
    CONSTRAINT fk_domain_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_domain_customer ON domain_name (customer_id);

CREATE TABLE domain_contact (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    domain_id          BIGINT       NOT NULL,
    contact_role       VARCHAR(20)  NOT NULL,
    holder_kind        VARCHAR(20)  NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    organisation       VARCHAR(200),
    street             VARCHAR(200),
    postal_code        VARCHAR(20),
    city               VARCHAR(100),
    country_code       VARCHAR(2)   NOT NULL,
    phone              VARCHAR(40),
    email              VARCHAR(254) NOT NULL,
    publish_consent    BOOLEAN      NOT NULL,
    consent_changed_at DATETIME(6),
    CONSTRAINT uk_domain_contact_role UNIQUE (domain_id, contact_role),
    CONSTRAINT fk_domain_contact_domain FOREIGN KEY (domain_id) REFERENCES domain_name (id)
);

-- P9, P11, P13: lawful disclosure requests.
CREATE TABLE disclosure_request (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    register_number       VARCHAR(20)   NOT NULL,
    request_type          VARCHAR(40)   NOT NULL,
    authority_type        VARCHAR(40)   NOT NULL,
    authority_name        VARCHAR(200)  NOT NULL,
    legal_basis           VARCHAR(60)   NOT NULL,
    authority_reference   VARCHAR(100)  NOT NULL,
    received_on           DATE          NOT NULL,
    deadline              DATE,
    period_from           DATE,
    period_to             DATE,
    scope_description     VARCHAR(2000) NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    secrecy_until         DATE,
    registered_by_id      BIGINT        NOT NULL,
    registered_at         DATETIME(6)   NOT NULL,
    decided_by_id         BIGINT,
    decided_at            DATETIME(6),
    decision_reason       VARCHAR(2000),
    handed_over_at        DATETIME(6),
    handed_over_description VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_disclosure_register_number UNIQUE (register_number),
    CONSTRAINT fk_disclosure_registered_by FOREIGN KEY (registered_by_id) REFERENCES staff_member (id),
    CONSTRAINT fk_disclosure_decided_by FOREIGN KEY (decided_by_id) REFERENCES staff_member (id),
    -- P11: four eyes, enforced in the database too.
    CONSTRAINT ck_disclosure_four_eyes CHECK (decided_by_id IS NULL OR decided_by_id <> registered_by_id)
);
CREATE INDEX ix_disclosure_status ON disclosure_request (status, deadline);
CREATE INDEX ix_disclosure_received ON disclosure_request (received_on);

CREATE TABLE disclosure_request_customer (
    request_id  BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    CONSTRAINT pk_disclosure_customer PRIMARY KEY (request_id, customer_id),
    CONSTRAINT fk_disclosure_customer_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_disclosure_customer_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_disclosure_customer ON disclosure_request_customer (customer_id, request_id);

CREATE TABLE disclosure_request_category (
    request_id BIGINT      NOT NULL,
    category   VARCHAR(40) NOT NULL,
    CONSTRAINT pk_disclosure_category PRIMARY KEY (request_id, category),
    CONSTRAINT fk_disclosure_category_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);

-- P12: who did what; every staff view of a customer's data lands here.
CREATE TABLE audit_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_username VARCHAR(100)  NOT NULL,
    actor_role     VARCHAR(20)   NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    customer_id    BIGINT,
    reason         VARCHAR(500),
    details        VARCHAR(2000),
    CONSTRAINT fk_audit_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_audit_customer_time ON audit_event (customer_id, occurred_at, id);
CREATE INDEX ix_audit_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_actor ON audit_event (actor_username, occurred_at);
