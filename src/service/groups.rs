//! A group's life beyond its members: the upgrade to a supergroup, which gives it a new id.

use teloxide::types::ChatId;

use crate::{
    conversation::State,
    storage::{Db, StorageError, dialogues::DialogueStore},
};

/// Moves everything of the group `old` to `new` (its supergroup): the key, assistants,
/// conversation, payment waits, log and links. Idempotent: Telegram tells both chats, in
/// either order, and a failed send can tell the bot too; only the first call moves anything
/// and returns `true`.
pub async fn moved(
    db: &Db,
    dialogues: &DialogueStore<State>,
    old: ChatId,
    new: ChatId,
) -> Result<bool, StorageError> {
    if old == new {
        return Ok(false);
    }
    let moved = db.move_chat(old, new).await?;
    if moved {
        // The rows changed behind the dialogue store's back.
        dialogues.forget_cached(old);
        dialogues.forget_cached(new);
        tracing::info!(old = old.0, new = new.0, "a group became a supergroup; moved its data");
    }
    Ok(moved)
}

/// Where `chat` lives now (its supergroup's id, if it moved).
pub async fn current(db: &Db, chat: ChatId) -> Result<ChatId, StorageError> {
    db.current_chat(chat).await
}
