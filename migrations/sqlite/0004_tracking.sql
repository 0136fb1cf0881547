-- Messages currently showing an assistant's card, so a status change can redraw them.
CREATE TABLE card_views (
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    handle      INTEGER NOT NULL REFERENCES deployments (handle) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX card_views_by_handle ON card_views (handle);

-- SHA-256 of the unguessable token in a deployment's callback URL (the token itself is only
-- ever in the URL given to the API).
ALTER TABLE deployments ADD COLUMN callback_hash TEXT;
CREATE UNIQUE INDEX deployments_by_callback ON deployments (callback_hash) WHERE callback_hash IS NOT NULL;

-- What the tracker reads every tick: deployments in flight and notices not yet sent. A
-- partial index, so a tick costs the same with ten or a hundred thousand settled deployments.
DROP INDEX deployments_by_status;
CREATE INDEX deployments_unsettled ON deployments (handle)
    WHERE status = 'deploying' OR notified_status IS NOT status;
