-- P11: published transparency reports, frozen at publication: what the public page shows.
CREATE TABLE transparency_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    period       VARCHAR(7)    NOT NULL,
    published_at DATETIME(6)   NOT NULL,
    published_by VARCHAR(100)  NOT NULL,
    content      VARCHAR(8000) NOT NULL,
    CONSTRAINT uk_transparency_period UNIQUE (period)
);

-- The decision stays known after hand-over and closing (the status moves on).
ALTER TABLE disclosure_request ADD COLUMN decision VARCHAR(20);
