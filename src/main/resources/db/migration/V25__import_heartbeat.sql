-- A running import's server confirms every little while that it is still at work; when it stops
-- doing so (the server died), another server takes the import over from its last committed chunk.
ALTER TABLE import_run ADD COLUMN heartbeat_at DATETIME(6);
