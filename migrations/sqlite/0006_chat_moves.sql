-- A group upgraded to a supergroup gets a new chat id. Everything moves to it; this remembers
-- where, so a state or link that still names the old id finds the new one.
CREATE TABLE chat_moves (
    old_id      INTEGER PRIMARY KEY,
    new_id      INTEGER NOT NULL,
    moved_at    INTEGER NOT NULL DEFAULT (unixepoch())
);
