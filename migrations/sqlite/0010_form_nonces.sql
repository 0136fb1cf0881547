-- One-time nonces of the secret form (the Mini App): each secret prompt with a form button
-- gets one, bound to the chat, the user and the kind of secret, and to the prompt's message
-- so a secret taken through the form can edit it. Only the nonce's SHA-256 is stored.
--
-- A refused secret gives the form back for another try, up to five (`attempts`; the fifth
-- leaves it used, so a form cannot check keys or tokens without end). A give-back undoes only
-- the claim it was made for: each claim counts up `claims`, and a release applies only while
-- the nonce is still held by the claim it names. A newer prompt removes every earlier form of
-- its chat (used, unused or in flight).
CREATE TABLE form_nonces (
    nonce_hash  TEXT PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    message_id  INTEGER,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    used_at     INTEGER,
    claims      INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX form_nonces_by_chat ON form_nonces (chat_id);
