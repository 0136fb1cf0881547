-- Every update from Telegram, stored before Telegram is told it arrived (the next getUpdates
-- offset, or the webhook's 200), so a crash loses none. `body` is the raw update JSON, sealed
-- (a message can carry a bot token); it is dropped once the update is handled, and handled
-- rows are kept a day only to recognise a redelivery.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    key_id       TEXT,
    body         BLOB,
    received_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    handled_at   INTEGER,
    CHECK ((body IS NULL) = (key_id IS NULL))
);
CREATE INDEX inbox_unhandled ON inbox (update_id) WHERE handled_at IS NULL;
CREATE INDEX inbox_handled ON inbox (handled_at) WHERE handled_at IS NOT NULL;

-- The last update whose state change each chat's conversation applied, written in the same
-- transaction as the state. Kept apart from `dialogues` because a conversation that ends
-- deletes its row there, and a replay must still find that it was applied.
CREATE TABLE applied_updates (
    chat_id    INTEGER PRIMARY KEY,
    update_id  INTEGER NOT NULL
);
