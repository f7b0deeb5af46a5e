-- P4: the raw log file behind an import (full of e-mail and IP addresses) is deleted as soon as the
-- import completed, and that of a failed or interrupted import after a limit (7 days unless
-- configured, never more than 28), by the retention rule RAW_LOG_FILES. raw_file_deleted_at records
-- when it went; a run without it still has its file. The index lets each batch find the runs whose
-- file is still there without reading the whole table. The rule's lease row in retention_lease is
-- made at its first run. Files of imports that completed before this version are deleted by the
-- rule's first run.
ALTER TABLE import_run ADD COLUMN raw_file_deleted_at DATETIME(6);
CREATE INDEX ix_import_run_raw_file ON import_run (raw_file_deleted_at, finished_at);
