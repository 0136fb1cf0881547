-- One-time "continue in private chat" links: a group admin collects a secret in private and
-- it is bound to the group. Only the nonce's SHA-256 is stored.
CREATE TABLE handoffs (
    nonce_hash  TEXT PRIMARY KEY,
    group_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    purpose     TEXT NOT NULL,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    used_at     INTEGER
);

-- Who did what in a group.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX audit_by_chat ON audit (chat_id, id);
