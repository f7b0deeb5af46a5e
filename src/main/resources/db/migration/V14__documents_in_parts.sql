-- P1, P11: documents of up to 25 MB must be storable on a MariaDB with its default packet limit
-- (max_allowed_packet = 16 MB), which refuses a row that large. The bytes move to numbered parts
-- of at most 4 MB; size and SHA-256 stay with the document, so the register's chain is unchanged.
CREATE TABLE disclosure_attachment_part (
    attachment_id BIGINT   NOT NULL,
    part_no       INT      NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id, part_no),
    CONSTRAINT fk_attachment_part FOREIGN KEY (attachment_id) REFERENCES disclosure_attachment (id)
);
INSERT INTO disclosure_attachment_part (attachment_id, part_no, content)
    SELECT id, 0, content FROM disclosure_attachment WHERE size_bytes > 0;
ALTER TABLE disclosure_attachment DROP COLUMN content;

CREATE TABLE personal_data_document_part (
    item_id  BIGINT   NOT NULL,
    part_no  INT      NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (item_id, part_no),
    CONSTRAINT fk_document_part FOREIGN KEY (item_id) REFERENCES personal_data_document (item_id)
);
INSERT INTO personal_data_document_part (item_id, part_no, content)
    SELECT item_id, 0, content FROM personal_data_document WHERE size_bytes > 0;
ALTER TABLE personal_data_document DROP COLUMN content;
