-- P9, P11, P13: a request stays hidden from the customers it concerns until a reviewer (not the
-- staff member who registered it) has decided on secrecy: secret until a day, or none. Requests
-- registered before this rule keep the secrecy set on them then (none, or until its day), so
-- nothing a customer could see disappears; their hash-chain snapshots stay as they were.
ALTER TABLE disclosure_request ADD COLUMN secrecy_decision VARCHAR(20) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE disclosure_request ADD COLUMN secrecy_decided_by_id BIGINT;
ALTER TABLE disclosure_request ADD COLUMN secrecy_decided_at DATETIME(6);
UPDATE disclosure_request SET secrecy_decision = 'SET_BEFORE_REVIEW';
ALTER TABLE disclosure_request ADD CONSTRAINT fk_disclosure_secrecy_decided_by
    FOREIGN KEY (secrecy_decided_by_id) REFERENCES staff_member (id);
ALTER TABLE disclosure_request ADD CONSTRAINT ck_disclosure_secrecy_four_eyes
    CHECK (secrecy_decided_by_id IS NULL OR secrecy_decided_by_id <> registered_by_id);
ALTER TABLE disclosure_request ADD CONSTRAINT ck_disclosure_secrecy_until
    CHECK (secrecy_decision <> 'SECRET_UNTIL' OR secrecy_until IS NOT NULL);

-- P12: a staff member's access to a customer's data belongs to an opening (one customer, one
-- purpose, one sign-in); every view within it is still recorded, and the customer sees each
-- opening once. The purpose is kept as a code with the staff member's own words in "reason",
-- instead of one English sentence.
ALTER TABLE audit_event ADD COLUMN opening_id VARCHAR(40);
ALTER TABLE audit_event ADD COLUMN purpose_code VARCHAR(40);
ALTER TABLE audit_event ADD COLUMN purpose_detail VARCHAR(40);

-- Rows from before: "rights request 2 (rectification) being handled" was one row per page view.
UPDATE audit_event
   SET purpose_code = 'RIGHTS_REQUEST',
       purpose_detail = UPPER(SUBSTRING(reason, LOCATE('(', reason) + 1, LOCATE(')', reason) - LOCATE('(', reason) - 1)),
       details = CONCAT('rights request ', SUBSTRING(reason, 16, LOCATE(' (', reason) - 16)),
       reason = NULL
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND reason LIKE 'rights request % (%) being handled';
-- Openings on the privacy desk were written as "<purpose>: <the staff member's text>".
UPDATE audit_event SET purpose_code = 'CUSTOMER_QUESTION', reason = SUBSTRING(reason, 20)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'customer question: %';
UPDATE audit_event SET purpose_code = 'RIGHTS_REQUEST', reason = SUBSTRING(reason, 17)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'rights request: %';
UPDATE audit_event SET purpose_code = 'TECHNICAL_SUPPORT', reason = SUBSTRING(reason, 20)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'technical support: %';
UPDATE audit_event SET purpose_code = 'BILLING', reason = SUBSTRING(reason, 10)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'billing: %';
UPDATE audit_event SET purpose_code = 'LEGAL_OBLIGATION', reason = SUBSTRING(reason, 19)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'legal obligation: %';
UPDATE audit_event SET purpose_code = 'OTHER', reason = SUBSTRING(reason, 8)
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL AND reason LIKE 'other: %';
-- Reasons given with an API call had no list purpose.
UPDATE audit_event SET purpose_code = 'OTHER'
 WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA' AND purpose_code IS NULL;
-- Sign-ins were not recorded with the views: the same staff member, customer, purpose and words
-- on one day count as one opening.
UPDATE audit_event SET opening_id = CONCAT('before-v15-', id) WHERE action = 'STAFF_VIEWED_CUSTOMER_DATA';
UPDATE audit_event a SET opening_id = (
    SELECT CONCAT('before-v15-', MIN(b.id)) FROM audit_event b
     WHERE b.action = 'STAFF_VIEWED_CUSTOMER_DATA' AND b.customer_id = a.customer_id
       AND b.actor_username = a.actor_username AND b.purpose_code = a.purpose_code
       AND COALESCE(b.purpose_detail, '') = COALESCE(a.purpose_detail, '')
       AND COALESCE(b.reason, '') = COALESCE(a.reason, '') AND COALESCE(b.details, '') = COALESCE(a.details, '')
       AND CAST(b.occurred_at AS DATE) = CAST(a.occurred_at AS DATE))
 WHERE a.action = 'STAFF_VIEWED_CUSTOMER_DATA';
CREATE INDEX ix_audit_customer_openings ON audit_event (customer_id, action, opening_id, occurred_at);
