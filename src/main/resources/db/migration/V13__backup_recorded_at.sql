-- P7: a backup cannot have been taken after it was recorded (beyond five minutes of clock skew),
-- so no backup gets an expiry more than six months from the day it is registered. Rows from
-- before keep their taken time as their recording time where that lies ahead.
ALTER TABLE backup ADD COLUMN recorded_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL;
UPDATE backup SET recorded_at = taken_at WHERE taken_at > recorded_at;
ALTER TABLE backup ADD CONSTRAINT ck_backup_not_after_recorded CHECK (taken_at <= TIMESTAMPADD(MINUTE, 5, recorded_at));
