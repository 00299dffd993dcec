-- How many messages of a delivery are already out. An edition can take several messages (a
-- Discord channel gets at most ten embeds per message); when a later one fails, the retry
-- starts after the last one sent instead of posting the first ones again.
ALTER TABLE delivery ADD COLUMN parts_sent INT DEFAULT 0 NOT NULL;
