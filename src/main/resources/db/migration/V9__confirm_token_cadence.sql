-- The cadence a confirm token was issued for. Confirming sets it, so that a reader who is already
-- active can change how often the newsletter comes by signing up again and confirming; null on
-- tokens issued before this column, which leave the cadence as it is.
ALTER TABLE subscriber_token ADD COLUMN cadence VARCHAR(16);
