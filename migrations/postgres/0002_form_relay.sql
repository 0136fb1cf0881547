-- Secure-form submissions a standby replica relays to the leader, which alone changes
-- conversations (see src/webapp/relay.rs); the same table as SQLite's 0017_form_relay.sql,
-- whose comment says what each column is for.
CREATE TABLE form_relay (
    id          BIGINT PRIMARY KEY,
    chat_id     BIGINT NOT NULL,
    user_json   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    message_id  BIGINT,
    nonce_hash  TEXT NOT NULL,
    claim       BIGINT NOT NULL,
    lang        TEXT NOT NULL,
    secret      BYTEA,
    key_id      TEXT,
    created_at  BIGINT NOT NULL DEFAULT unixepoch(),
    taken_at    BIGINT,
    status      BIGINT,
    answer      TEXT,
    CHECK ((secret IS NULL) = (key_id IS NULL))
);
