-- Slots bought by a finished wizard and waiting for payment. The wizard's answers (bot token
-- and model key included) wait here, sealed, until the payment is seen and the slot is
-- activated; a claim marks the row while activation is under way.
CREATE TABLE pending_activations (
    chat_id        INTEGER NOT NULL,
    deployment_id  TEXT NOT NULL,
    key_id         TEXT NOT NULL,
    draft          BLOB NOT NULL,
    created_at     INTEGER NOT NULL DEFAULT (unixepoch()),
    claimed_at     INTEGER,
    PRIMARY KEY (chat_id, deployment_id)
);
