-- What the watch of live assistants saw change after they went live (failed, stopped or
-- deleted elsewhere, a new worker URL), kept from the moment it is seen until the owning chat
-- has been told. A crash in between tells it after the restart; once told, the row goes and
-- the deployment's own row holds the new state (and the status as announced), so the same
-- change is never seen, nor told, again.
CREATE TABLE live_changes (
    handle   INTEGER PRIMARY KEY REFERENCES deployments (handle) ON DELETE CASCADE,
    change   TEXT NOT NULL,
    detail   TEXT,
    seen_at  INTEGER NOT NULL DEFAULT (unixepoch())
);

-- The watch reads the live assistants each interval: a partial index keeps that read to them.
CREATE INDEX deployments_live ON deployments (chat_id)
    WHERE status = 'active' AND notified_status = 'active';
