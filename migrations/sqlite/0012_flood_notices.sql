-- When each chat last heard the "slow down" notice (`inbox::admission`), so that a restart
-- in the middle of a flood does not tell the chat again within the minute. One row per chat
-- told within the last minute or so; older rows are dropped at each start.
CREATE TABLE flood_notices (
    chat_id     INTEGER PRIMARY KEY,
    noticed_at  INTEGER NOT NULL
);
