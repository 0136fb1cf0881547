-- The watch on each assistant's own Telegram bot, one row per deployment, gone with it.
-- `token` is the bot token the owner pasted, sealed like the API key (a managed bot's token is
-- not kept: it is asked of Telegram when needed). `off`: the owner turned the watch off, and
-- the token was deleted. The rest is what the last check saw and what the owner was told
-- (`notified`: 'silent' or 'revoked'), so a notice is sent once, across restarts too.
CREATE TABLE bot_watch (
    handle         INTEGER PRIMARY KEY REFERENCES deployments (handle) ON DELETE CASCADE,
    token          BLOB,
    key_id         TEXT,
    off            INTEGER NOT NULL DEFAULT 0,
    checked_at     INTEGER,
    pending        INTEGER,
    waiting_since  INTEGER,
    notified       TEXT,
    CHECK ((token IS NULL) = (key_id IS NULL))
);
