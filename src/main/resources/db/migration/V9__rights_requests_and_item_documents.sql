-- Rights under the GDPR (access, rectification, erasure, restriction, objection): the request, its
-- statutory deadline (one month, once extendable by two with a reason), its status and the answer
-- the customer reads, and every step with who took it.
CREATE TABLE rights_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT        NOT NULL,
    request_type     VARCHAR(20)   NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    received_on      DATE          NOT NULL,
    deadline         DATE          NOT NULL,
    extended         BOOLEAN       NOT NULL,
    extension_reason VARCHAR(1000),
    status           VARCHAR(20)   NOT NULL,
    refusal_reason   VARCHAR(2000),
    answer           VARCHAR(4000),
    handled_by       VARCHAR(100),
    created_at       DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6),
    CONSTRAINT fk_rights_request_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_rights_request_extension CHECK (extended = FALSE OR extension_reason IS NOT NULL),
    CONSTRAINT ck_rights_request_refusal CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL),
    CONSTRAINT ck_rights_request_deadline CHECK (deadline > received_on)
);
CREATE INDEX ix_rights_request_customer ON rights_request (customer_id, received_on);
CREATE INDEX ix_rights_request_queue ON rights_request (status, deadline);

CREATE TABLE rights_request_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_username VARCHAR(100)  NOT NULL,
    event          VARCHAR(30)   NOT NULL,
    detail         VARCHAR(2000),
    CONSTRAINT fk_rights_event_request FOREIGN KEY (request_id) REFERENCES rights_request (id)
);
CREATE INDEX ix_rights_event_request ON rights_request_event (request_id, occurred_at);

-- P1, P8: the letter or e-mail a personal-data item came from, kept with the item.
CREATE TABLE personal_data_document (
    item_id      BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    stored_at    DATETIME(6)  NOT NULL,
    stored_by    VARCHAR(100) NOT NULL,
    CONSTRAINT fk_document_item FOREIGN KEY (item_id) REFERENCES personal_data_item (id)
);
