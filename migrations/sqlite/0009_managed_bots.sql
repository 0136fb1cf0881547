-- Assistants whose Telegram bot this bot created and manages (Bot API managed bots): the
-- managed bot's user id, or NULL for a bot made in @BotFather and pasted.
ALTER TABLE deployments ADD COLUMN managed_bot_id INTEGER;

-- Every managed bot Telegram reported, with the user who owns it: only that user's
-- conversation may take its token. Never the token itself.
CREATE TABLE managed_bots (
    bot_id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL,
    username TEXT,
    seen_at INTEGER NOT NULL DEFAULT (unixepoch())
);
