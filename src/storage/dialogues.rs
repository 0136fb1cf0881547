//! Conversation state in SQLite, sealed as a whole. [`DialogueStore`] reads and writes it;
//! handlers see it through teloxide's dialogue `Storage` trait as [`ForUpdate`], which records
//! the update each write applies.
//!
//! teloxide's own `SqliteStorage` opens its own pool and writes state in plaintext; a wizard's
//! state can carry a bot token or a model key between steps, so ours seals the serialized state
//! (bound to its chat id) before it touches the disk.
//!
//! Conversations expire: one left idle longer than the store's limit is replaced by an
//! "expired" marker that carries nothing (so the sealed draft is gone), which the bot answers
//! with a friendly "that timed out"; the marker itself is deleted after the same time again.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use futures_util::future::BoxFuture;
use serde::{Serialize, de::DeserializeOwned};
use teloxide::{dispatching::dialogue, types::ChatId};
use zeroize::Zeroizing;

use super::{Db, StorageError, seal::Sealed, unix_now};

pub(super) fn aad(chat: ChatId) -> String {
    format!("dialogues:{}", chat.0)
}

/// A conversation state that can time out.
pub trait Expiring {
    /// Whether a conversation is under way (and so can expire).
    fn is_active(&self) -> bool;
    /// The marker left where an expired conversation was; carries no answers.
    fn expired() -> Self;
}

/// The most chats whose state is kept in memory; past it the cache starts over (the database
/// still has everything).
const CACHE_CAPACITY: usize = 100_000;

/// Sealed dialogue storage for conversations of type `D`.
///
/// Every update reads its chat's state, so states are also kept in memory once read (and
/// "no state" too), with the time they were written: the database is written on every change
/// and read only on a miss. All writes of a process go through its one store, so the memory
/// copy cannot go stale.
#[derive(Debug)]
pub struct DialogueStore<D> {
    db: Db,
    idle: Duration,
    cache: Mutex<HashMap<i64, (Option<D>, i64)>>,
}

impl<D> DialogueStore<D> {
    /// A store writing through `db`, whose conversations expire after `idle` without a change.
    pub fn new(db: Db, idle: Duration) -> Arc<Self> {
        Arc::new(Self { db, idle, cache: Mutex::default() })
    }

    fn cache(&self) -> MutexGuard<'_, HashMap<i64, (Option<D>, i64)>> {
        self.cache.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn remember(&self, chat: i64, state: Option<D>, at: i64) {
        let mut cache = self.cache();
        if cache.len() >= CACHE_CAPACITY {
            cache.clear();
        }
        cache.insert(chat, (state, at));
    }

    /// Forgets what is cached for `chat` (its rows were changed behind the store's back, as
    /// when a group moves to a new chat id).
    pub fn forget_cached(&self, chat: ChatId) {
        self.cache().remove(&chat.0);
    }

    fn is_stale(&self, at: i64) -> bool {
        unix_now().saturating_sub(at) >= self.idle.as_secs() as i64
    }
}

impl<D> DialogueStore<D>
where
    D: Serialize + DeserializeOwned + Clone + Expiring + Send + Sync + 'static,
{
    /// `chat`'s state: from the cache when it holds it, else opened from its row; an active
    /// state idle too long comes back as the expired marker.
    pub async fn read(&self, chat: ChatId) -> Result<Option<D>, StorageError> {
        let cached = self.cache().get(&chat.0).cloned();
        if let Some((state, at)) = cached {
            return match state {
                Some(state) => Ok(Some(self.current(chat, state, at).await?)),
                None => Ok(None),
            };
        }
        let row: Option<(String, Vec<u8>, i64)> =
            sqlx::query_as("SELECT key_id, state, updated_at FROM dialogues WHERE chat_id = $1")
                .bind(chat.0)
                .fetch_optional(self.db.pool())
                .await?;
        let Some((key_id, blob, at)) = row else {
            self.remember(chat.0, None, unix_now());
            return Ok(None);
        };
        let json = self.db.sealer().open(&Sealed { key_id, blob }, &aad(chat))?;
        match serde_json::from_slice::<D>(&json) {
            Ok(state) => {
                self.remember(chat.0, Some(state.clone()), at);
                Ok(Some(self.current(chat, state, at).await?))
            }
            Err(e) => {
                // A state written by an older build that no longer parses: start over
                // rather than leave the chat stuck on an error.
                let error = super::json_failure(&e);
                tracing::warn!(
                    chat = chat.0,
                    error,
                    "dropping a dialogue state that no longer parses"
                );
                Ok(None)
            }
        }
    }

    /// Writes `chat`'s state (not on behalf of an update).
    pub async fn write(&self, chat: ChatId, dialogue: &D) -> Result<(), StorageError> {
        self.write_applying(chat, dialogue, None).await
    }

    /// Writes `chat`'s state and, when it comes from an update, that update's id as the chat's
    /// applied one, in one transaction: a replay of the update then finds it applied.
    async fn write_applying(
        &self,
        chat: ChatId,
        dialogue: &D,
        update: Option<i64>,
    ) -> Result<(), StorageError> {
        let json = Zeroizing::new(serde_json::to_vec(dialogue)?);
        let sealed = self.db.sealer().seal(&json, &aad(chat));
        let mut tx = self.db.pool().begin().await?;
        sqlx::query(
            "INSERT INTO dialogues (chat_id, key_id, state) VALUES ($1, $2, $3)
             ON CONFLICT (chat_id) DO UPDATE SET key_id = excluded.key_id,
                 state = excluded.state, updated_at = unixepoch()",
        )
        .bind(chat.0)
        .bind(sealed.key_id)
        .bind(sealed.blob)
        .execute(&mut *tx)
        .await?;
        record_applied(&mut tx, chat, update).await?;
        tx.commit().await?;
        self.remember(chat.0, Some(dialogue.clone()), unix_now());
        Ok(())
    }

    /// Deletes `chat`'s state (not on behalf of an update).
    pub async fn delete(&self, chat: ChatId) -> Result<(), StorageError> {
        self.delete_applying(chat, None).await
    }

    /// Deletes `chat`'s state, recording `update` as applied in the same transaction.
    async fn delete_applying(&self, chat: ChatId, update: Option<i64>) -> Result<(), StorageError> {
        let mut tx = self.db.pool().begin().await?;
        sqlx::query("DELETE FROM dialogues WHERE chat_id = $1")
            .bind(chat.0)
            .execute(&mut *tx)
            .await?;
        record_applied(&mut tx, chat, update).await?;
        tx.commit().await?;
        self.remember(chat.0, None, unix_now());
        Ok(())
    }

    /// What `state`, written at `at`, is now: itself, or the expired marker (written in its
    /// place, so the sealed answers are gone from the disk).
    async fn current(&self, chat: ChatId, state: D, at: i64) -> Result<D, StorageError> {
        if !state.is_active() || !self.is_stale(at) {
            return Ok(state);
        }
        let expired = D::expired();
        self.write(chat, &expired).await?;
        Ok(expired)
    }

    /// Expires every conversation idle past the limit, and deletes the markers of those that
    /// expired as long ago. Returns how many rows changed. Called by the tracker, so an
    /// abandoned conversation does not keep its sealed answers until the chat's next message.
    pub async fn sweep(&self) -> Result<usize, StorageError> {
        let cutoff = unix_now() - self.idle.as_secs() as i64;
        let rows: Vec<(i64, String, Vec<u8>)> =
            sqlx::query_as("SELECT chat_id, key_id, state FROM dialogues WHERE updated_at <= $1")
                .bind(cutoff)
                .fetch_all(self.db.pool())
                .await?;
        let mut changed = 0;
        for (chat, key_id, blob) in rows {
            let chat = ChatId(chat);
            let state = self.db.sealer().open(&Sealed { key_id, blob }, &aad(chat)).ok();
            let active = state.and_then(|json| serde_json::from_slice::<D>(&json).ok());
            // Only while the row is still the idle one read above: a conversation changed
            // since (a new wizard, a step) is not the sweep's to touch.
            let (statement, now) = if active.is_some_and(|state| state.is_active()) {
                let expired = D::expired();
                let json = serde_json::to_vec(&expired)?;
                let sealed = self.db.sealer().seal(&json, &aad(chat));
                let statement = sqlx::query(
                    "UPDATE dialogues SET key_id = $1, state = $2, updated_at = unixepoch()
                     WHERE chat_id = $3 AND updated_at <= $4",
                )
                .bind(sealed.key_id)
                .bind(sealed.blob);
                (statement, Some(expired))
            } else {
                let statement =
                    sqlx::query("DELETE FROM dialogues WHERE chat_id = $1 AND updated_at <= $2");
                (statement, None)
            };
            if self.db.run(statement.bind(chat.0).bind(cutoff)).await? == 1 {
                self.remember(chat.0, now, unix_now());
                changed += 1;
            }
        }
        Ok(changed)
    }
}

/// Records `update` as the last one `chat` applied (nothing when the write comes from no
/// update, as the tracker's and the sweep's do).
async fn record_applied(
    tx: &mut sqlx::AnyConnection,
    chat: ChatId,
    update: Option<i64>,
) -> Result<(), StorageError> {
    let Some(update) = update else { return Ok(()) };
    sqlx::query(
        "INSERT INTO applied_updates (chat_id, update_id) VALUES ($1, $2)
         ON CONFLICT (chat_id) DO UPDATE SET update_id = excluded.update_id
         WHERE applied_updates.update_id < excluded.update_id",
    )
    .bind(chat.0)
    .bind(update)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// The dialogue store as one update's handlers see it: every state they write (or delete)
/// records that update as applied, in the same transaction.
#[derive(Debug)]
pub struct ForUpdate<D> {
    store: Arc<DialogueStore<D>>,
    update: Option<i64>,
}

impl<D> ForUpdate<D> {
    /// `store`, writing on behalf of update `update`.
    pub fn new(store: Arc<DialogueStore<D>>, update: i64) -> Arc<Self> {
        Arc::new(Self { store, update: Some(update) })
    }

    /// `store`, writing on behalf of no update: a change that did not come through the inbox
    /// (the Mini App form, a managed bot's token), which no replay can repeat.
    pub fn direct(store: Arc<DialogueStore<D>>) -> Arc<Self> {
        Arc::new(Self { store, update: None })
    }
}

impl<D> dialogue::Storage<D> for ForUpdate<D>
where
    D: Serialize + DeserializeOwned + Clone + Expiring + Send + Sync + 'static,
{
    type Error = StorageError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { self.store.delete_applying(chat, self.update).await })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat: ChatId,
        dialogue: D,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { self.store.write_applying(chat, &dialogue, self.update).await })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, Self::Error>> {
        Box::pin(async move { self.store.read(chat).await })
    }
}
