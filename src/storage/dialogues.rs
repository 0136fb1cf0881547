//! Conversation state in SQLite, sealed as a whole, behind teloxide's dialogue `Db` trait.
//!
//! teloxide's own `SqliteStorage` opens its own pool and writes state in plaintext; a wizard's
//! state can carry a bot token or a model key between steps, so ours seals the serialized state
//! (bound to its chat id) before it touches the disk.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use serde::{Serialize, de::DeserializeOwned};
use teloxide::{dispatching::dialogue, types::ChatId};
use zeroize::Zeroizing;

use super::{Db, StorageError, seal::Sealed};

fn aad(chat: ChatId) -> String {
    format!("dialogues:{}", chat.0)
}

const SAVE: &str = "INSERT INTO dialogues (chat_id, key_id, state) VALUES (?, ?, ?)
    ON CONFLICT (chat_id) DO UPDATE SET key_id = excluded.key_id,
        state = excluded.state, updated_at = unixepoch()";

/// Sealed dialogue storage for conversations of type `D`.
///
/// Every update reads its chat's state, so states are also kept in memory once read (and
/// "no state" too): the database is written on every change and read only on a miss. All
/// writes of a process go through its one store, so the memory copy cannot go stale.
#[derive(Debug)]
pub struct DialogueStore<D> {
    storage: Db,
    cache: std::sync::Mutex<std::collections::HashMap<i64, Option<D>>>,
}

impl<D> DialogueStore<D> {
    /// A store writing through `storage`.
    pub fn new(storage: Db) -> Arc<Self> {
        Arc::new(Self { storage, cache: std::sync::Mutex::default() })
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<i64, Option<D>>> {
        self.cache.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl<D> dialogue::Storage<D> for DialogueStore<D>
where
    D: Serialize + DeserializeOwned + Clone + Send + 'static,
{
    type Error = StorageError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            self.storage
                .run(sqlx::query("DELETE FROM dialogues WHERE chat_id = ?").bind(chat.0))
                .await?;
            self.cache().insert(chat.0, None);
            Ok(())
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat: ChatId,
        dialogue: D,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let json = Zeroizing::new(serde_json::to_vec(&dialogue)?);
            let cached = dialogue.clone();
            let sealed = self.storage.sealer().seal(&json, &aad(chat));
            let statement = sqlx::query(SAVE).bind(chat.0);
            self.storage.run(statement.bind(sealed.key_id).bind(sealed.blob)).await?;
            self.cache().insert(chat.0, Some(cached));
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, Self::Error>> {
        Box::pin(async move {
            if let Some(cached) = self.cache().get(&chat.0) {
                return Ok(cached.clone());
            }
            let row: Option<(String, Vec<u8>)> =
                sqlx::query_as("SELECT key_id, state FROM dialogues WHERE chat_id = ?")
                    .bind(chat.0)
                    .fetch_optional(self.storage.pool())
                    .await?;
            let Some((key_id, blob)) = row else {
                self.cache().insert(chat.0, None);
                return Ok(None);
            };
            let json = self.storage.sealer().open(&Sealed { key_id, blob }, &aad(chat))?;
            match serde_json::from_slice::<D>(&json) {
                Ok(state) => {
                    self.cache().insert(chat.0, Some(state.clone()));
                    Ok(Some(state))
                }
                Err(e) => {
                    // A state written by an older build that no longer parses: start over
                    // rather than leave the chat stuck on an error.
                    tracing::warn!(chat = chat.0, error = %e, "dropping a dialogue state that no longer parses");
                    Ok(None)
                }
            }
        })
    }
}
