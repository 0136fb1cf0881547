-- A form's nonce is given back after a refused secret, so the same form can try again. The
-- give-back must undo only the claim it was made for: each claim counts up `claims`, and a
-- release applies only while the nonce is still held by the claim it names.
ALTER TABLE form_nonces ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
-- A newer prompt now removes every earlier form of its chat (used, unused or in flight), not
-- only the unused ones: the index covers them all.
DROP INDEX form_nonces_by_chat;
CREATE INDEX form_nonces_by_chat ON form_nonces (chat_id);
