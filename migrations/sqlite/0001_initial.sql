-- Chats the bot talks to: their language and their sealed Assistants API key.
CREATE TABLE chats (
    chat_id         INTEGER PRIMARY KEY,
    language        TEXT,
    api_key         BLOB,
    api_key_key_id  TEXT,
    created_at      INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at      INTEGER NOT NULL DEFAULT (unixepoch()),
    CHECK ((api_key IS NULL) = (api_key_key_id IS NULL))
);

-- Deployments the bot knows, per owning chat. `handle` is a short number for callback data,
-- since deployment ids are opaque strings of unknown length.
CREATE TABLE deployments (
    handle           INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id          INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    deployment_id    TEXT NOT NULL,
    name             TEXT,
    api_mode         TEXT,
    model_provider   TEXT,
    model_id         TEXT,
    bot_username     TEXT,
    status           TEXT NOT NULL,
    status_message   TEXT,
    worker_url       TEXT,
    notified_status  TEXT,
    created_at       INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at       INTEGER NOT NULL DEFAULT (unixepoch()),
    UNIQUE (chat_id, deployment_id)
);
CREATE INDEX deployments_by_status ON deployments (status);

-- Conversation state per chat, sealed as a whole: it can carry secrets mid-wizard.
CREATE TABLE dialogues (
    chat_id     INTEGER PRIMARY KEY,
    key_id      TEXT NOT NULL,
    state       BLOB NOT NULL,
    updated_at  INTEGER NOT NULL DEFAULT (unixepoch())
);
