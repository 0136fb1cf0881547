-- Secure-form submissions a standby replica relays to the leader, which alone changes
-- conversations (see src/webapp/relay.rs). One row per claimed hand-off: what the leader needs
-- to run it (the chat, the user as Telegram's JSON, the kind of secret, the prompt's message,
-- the nonce's hash and the claim a give-back names, the page's language), the secret sealed
-- like every other (bound to the row's id; NULL from the moment the leader takes it), and the
-- leader's answer (`status`, `answer`: the page's JSON, which never holds the secret). The
-- standby deletes the row once it has the answer; rows left behind (a standby that gave up)
-- are pruned by the leader after a few minutes.
CREATE TABLE form_relay (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    user_json   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    message_id  INTEGER,
    nonce_hash  TEXT NOT NULL,
    claim       INTEGER NOT NULL,
    lang        TEXT NOT NULL,
    secret      BLOB,
    key_id      TEXT,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    taken_at    INTEGER,
    status      INTEGER,
    answer      TEXT,
    CHECK ((secret IS NULL) = (key_id IS NULL))
);
