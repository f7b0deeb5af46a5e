-- Every correction of a customer's contact details: old value, new value, when, and how it came in (P1).
CREATE TABLE contact_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    field       VARCHAR(30)  NOT NULL,
    old_value   VARCHAR(254),
    new_value   VARCHAR(254),
    source      VARCHAR(20)  NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_contact_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_contact_change_customer ON contact_change (customer_id, changed_at, id);
