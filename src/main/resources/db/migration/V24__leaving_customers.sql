-- P8: when a customer leaves. The contract ends at left_at; from then on the login is closed and
-- what was kept only to deliver the service is erased (erased_at). What the tax law makes the
-- provider keep for its administration (AWR art. 52: seven years) goes at administration_ends_at
-- (administration_erased_at). Each erasure is recorded per category, with how much went and when.
ALTER TABLE customer ADD COLUMN left_at DATETIME(6);
ALTER TABLE customer ADD COLUMN administration_ends_at DATETIME(6);
ALTER TABLE customer ADD COLUMN erased_at DATETIME(6);
ALTER TABLE customer ADD COLUMN administration_erased_at DATETIME(6);
CREATE INDEX ix_customer_left ON customer (left_at, erased_at);
CREATE INDEX ix_customer_administration_end ON customer (administration_ends_at, administration_erased_at);

CREATE TABLE customer_erasure (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id   BIGINT      NOT NULL,
    stage         VARCHAR(30) NOT NULL,
    category      VARCHAR(40) NOT NULL,
    removed_count BIGINT      NOT NULL,
    erased_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_customer_erasure_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_erasure_customer ON customer_erasure (customer_id, erased_at, id);
