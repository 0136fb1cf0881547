-- Pay later: the checkout link of a slot bought through the bot, kept so that its card can
-- offer 💳 Pay after the bot stopped waiting (the API returns the link only once, from the
-- purchase). Keyed by the slot alone: a group that becomes a supergroup keeps it.
CREATE TABLE checkout_links (
    deployment_id TEXT PRIMARY KEY NOT NULL,
    url TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
