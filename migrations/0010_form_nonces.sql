-- One-time nonces of the secret form (the Mini App): each secret prompt with a form button
-- gets one, bound to the chat, the user and the kind of secret, and to the prompt's message
-- so a secret taken through the form can edit it. Only the nonce's SHA-256 is stored.
CREATE TABLE form_nonces (
    nonce_hash  TEXT PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    message_id  INTEGER,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    used_at     INTEGER
);
CREATE INDEX form_nonces_by_chat ON form_nonces (chat_id) WHERE used_at IS NULL;
