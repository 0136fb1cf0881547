//! The update inbox: every update from Telegram, sealed, stored before Telegram is told it
//! arrived, and marked once the handler tree is done with it. What is left unhandled after a
//! crash is replayed at the next start (`crate::inbox`).
//!
//! Also the applied ids: the last update whose state change each chat's conversation applied
//! (written by `dialogues` together with the state), so a replay never applies one twice.

use sqlx::{Any, any::AnyArguments, query::Query};
use teloxide::types::ChatId;
use zeroize::Zeroizing;

use super::{Db, StorageError, seal::Sealed};

pub(super) fn aad(update_id: i64) -> String {
    format!("inbox:{update_id}")
}

/// An update stored and not yet handled.
pub struct Pending {
    /// Its `update_id`.
    pub update_id: i64,
    /// The update as Telegram sent it (JSON).
    pub body: Zeroizing<String>,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The body is what a user sent, secrets included: never printed.
        f.debug_struct("Pending").field("update_id", &self.update_id).finish_non_exhaustive()
    }
}

impl Db {
    /// Stores a batch of updates (`update_id`, raw JSON) in one transaction. Returns, for each,
    /// whether it is new: an update already stored (Telegram delivering it again) is left as
    /// it is, handled or waiting for its replay.
    pub async fn store_updates(&self, batch: &[(i64, &str)]) -> Result<Vec<bool>, StorageError> {
        // One update (the usual poll at a realistic rate) needs no transaction around it: the
        // insert alone is atomic, and saves the worker two round trips.
        if let [(id, body)] = batch {
            let stored = self.insert_update(*id, body).execute(self.pool()).await?;
            return Ok(vec![stored.rows_affected() == 1]);
        }
        let mut tx = self.pool().begin().await?;
        let mut fresh = Vec::with_capacity(batch.len());
        for (id, body) in batch {
            let stored = self.insert_update(*id, body).execute(&mut *tx).await?;
            fresh.push(stored.rows_affected() == 1);
        }
        tx.commit().await?;
        Ok(fresh)
    }

    /// The insert of one update, sealed (a message can carry a secret).
    fn insert_update(&self, id: i64, body: &str) -> Query<'static, Any, AnyArguments<'static>> {
        let sealed = self.sealer().seal(body.as_bytes(), &aad(id));
        sqlx::query(
            "INSERT INTO inbox (update_id, key_id, body) VALUES ($1, $2, $3)
             ON CONFLICT (update_id) DO NOTHING",
        )
        .bind(id)
        .bind(sealed.key_id)
        .bind(sealed.blob)
    }

    /// Marks update `id` handled and drops its body (it may carry a secret).
    pub async fn mark_update_handled(&self, id: i64) -> Result<(), StorageError> {
        self.run(
            sqlx::query(
                "UPDATE inbox SET handled_at = unixepoch(), body = NULL, key_id = NULL
                 WHERE update_id = $1 AND handled_at IS NULL",
            )
            .bind(id),
        )
        .await?;
        Ok(())
    }

    /// Marks the updates `ids` handled and drops their bodies, in one statement.
    pub async fn mark_updates_handled(&self, ids: &[i64]) -> Result<(), StorageError> {
        // Ids are numbers the bot read from Telegram's answers; bound one by one regardless.
        let marks = (1..=ids.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(",");
        let sql = format!(
            "UPDATE inbox SET handled_at = unixepoch(), body = NULL, key_id = NULL
             WHERE handled_at IS NULL AND update_id IN ({marks})"
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(id);
        }
        self.run(query).await?;
        Ok(())
    }

    /// Every update stored and not handled, oldest first. One that no longer opens (sealed
    /// under a key that is gone) is logged and marked handled rather than block the rest.
    pub async fn unhandled_updates(&self) -> Result<Vec<Pending>, StorageError> {
        let rows: Vec<(i64, String, Vec<u8>)> = sqlx::query_as(
            "SELECT update_id, key_id, body FROM inbox
             WHERE handled_at IS NULL AND body IS NOT NULL ORDER BY update_id",
        )
        .fetch_all(self.pool())
        .await?;
        self.open_pending(rows).await
    }

    /// The ids of the oldest `limit` updates stored and not handled (the leader's look for
    /// what other replicas stored: ids only, the bodies of the few it has not seen follow).
    pub async fn unhandled_update_ids(&self, limit: i64) -> Result<Vec<i64>, StorageError> {
        Ok(sqlx::query_scalar(
            "SELECT update_id FROM inbox WHERE handled_at IS NULL AND body IS NOT NULL
             ORDER BY update_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The updates `ids` still unhandled, oldest first, opened as [`Self::unhandled_updates`]
    /// does.
    pub async fn unhandled_updates_of(&self, ids: &[i64]) -> Result<Vec<Pending>, StorageError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = (1..=ids.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT update_id, key_id, body FROM inbox
             WHERE handled_at IS NULL AND body IS NOT NULL AND update_id IN ({marks})
             ORDER BY update_id"
        );
        let mut query = sqlx::query_as(&sql);
        for id in ids {
            query = query.bind(id);
        }
        let rows: Vec<(i64, String, Vec<u8>)> = query.fetch_all(self.pool()).await?;
        self.open_pending(rows).await
    }

    async fn open_pending(
        &self,
        rows: Vec<(i64, String, Vec<u8>)>,
    ) -> Result<Vec<Pending>, StorageError> {
        let mut pending = Vec::with_capacity(rows.len());
        for (update_id, key_id, blob) in rows {
            match self.sealer().open_string(&Sealed { key_id, blob }, &aad(update_id)) {
                Ok(body) => pending.push(Pending { update_id, body }),
                Err(e) => {
                    tracing::error!(update_id, error = %e, "a stored update does not open; dropping it");
                    self.mark_update_handled(update_id).await?;
                }
            }
        }
        Ok(pending)
    }

    /// The highest `update_id` stored, if any: polling resumes after it.
    pub async fn last_stored_update(&self) -> Result<Option<i64>, StorageError> {
        Ok(sqlx::query_scalar("SELECT max(update_id) FROM inbox").fetch_one(self.pool()).await?)
    }

    /// How many updates the inbox holds, handled or not.
    pub async fn inbox_len(&self) -> Result<i64, StorageError> {
        Ok(sqlx::query_scalar("SELECT count(*) FROM inbox").fetch_one(self.pool()).await?)
    }

    /// Deletes handled updates handled at least `age_secs` seconds ago (0: all of them),
    /// except the newest row, which polling resumes after. Returns how many went.
    pub async fn prune_handled_updates(&self, age_secs: i64) -> Result<u64, StorageError> {
        self.run(
            sqlx::query(
                "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at <= unixepoch() - $1
                 AND update_id < (SELECT max(update_id) FROM inbox)",
            )
            .bind(age_secs),
        )
        .await
    }

    /// The last update whose state change `chat`'s conversation applied.
    pub async fn applied_update(&self, chat: ChatId) -> Result<Option<i64>, StorageError> {
        Ok(sqlx::query_scalar("SELECT update_id FROM applied_updates WHERE chat_id = $1")
            .bind(chat.0)
            .fetch_optional(self.pool())
            .await?)
    }
}
