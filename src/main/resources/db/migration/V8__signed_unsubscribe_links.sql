-- Keys the bot signs its links with, made once by the first instance that needs one and shared by
-- every instance through the database. Whoever reads this table can make unsubscribe links, which
-- is no more than whoever can write the subscriber table could do anyway.
CREATE TABLE signing_key (
    name        VARCHAR(32) PRIMARY KEY,
    key_base64  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Unsubscribe links are now signed (subscriber id + HMAC) rather than stored one row per mail
-- sent; links already mailed with the old random tokens stop working, and the List-Unsubscribe
-- mailto and any later mail still let those readers leave.
DELETE FROM subscriber_token WHERE purpose = 'unsubscribe';

-- The Discord user who started a subscription with /digest subscribe, so that /digest
-- unsubscribe from the same account can end it without the address.
ALTER TABLE subscriber ADD COLUMN discord_user VARCHAR(20);
CREATE INDEX subscriber_by_discord_user ON subscriber (discord_user);
