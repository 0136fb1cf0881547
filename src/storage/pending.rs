//! Activations waiting for a payment: the sealed answers of a finished wizard, keyed by the
//! slot they will activate. Claims are atomic (a single UPDATE), so a slot is activated by
//! one worker only, and a user's "stop waiting" cannot race an activation in progress.

use serde::{Serialize, de::DeserializeOwned};
use teloxide::types::ChatId;
use zeroize::Zeroizing;

use super::{Db, StorageError, seal::Sealed};
use crate::api::DeploymentId;

pub(super) fn aad(chat: ChatId, id: &DeploymentId) -> String {
    format!("pending_activations:{}:{}", chat.0, id.as_str())
}

/// A waiting activation, as listed for the tracker.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PendingActivation {
    /// The chat that ran the wizard.
    pub chat_id: i64,
    /// The slot.
    pub deployment_id: String,
    /// When the wizard finished (unix seconds).
    pub created_at: i64,
}

impl Db {
    /// Stores what activating `id` will need, sealed (replacing what was stored).
    pub async fn save_pending_activation(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        draft: &impl Serialize,
    ) -> Result<(), StorageError> {
        self.store_pending(chat, id, draft, true).await
    }

    /// Stores what activating `id` will need, unless it is stored already (and perhaps
    /// claimed by an activation under way).
    pub async fn keep_pending_activation(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        draft: &impl Serialize,
    ) -> Result<(), StorageError> {
        self.store_pending(chat, id, draft, false).await
    }

    async fn store_pending(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        draft: &impl Serialize,
        replace: bool,
    ) -> Result<(), StorageError> {
        let json = Zeroizing::new(serde_json::to_vec(draft)?);
        let sealed = self.sealer().seal(&json, &aad(chat, id));
        let statement = if replace {
            "INSERT INTO pending_activations (chat_id, deployment_id, key_id, draft) VALUES ($1, $2, $3, $4)
             ON CONFLICT (chat_id, deployment_id) DO UPDATE SET key_id = excluded.key_id,
                 draft = excluded.draft, claimed_at = NULL"
        } else {
            "INSERT INTO pending_activations (chat_id, deployment_id, key_id, draft) VALUES ($1, $2, $3, $4)
             ON CONFLICT (chat_id, deployment_id) DO NOTHING"
        };
        sqlx::query(statement)
            .bind(chat.0)
            .bind(id.as_str())
            .bind(sealed.key_id)
            .bind(sealed.blob)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Unclaimed waiting activations, oldest first.
    pub async fn pending_activations(&self) -> Result<Vec<PendingActivation>, StorageError> {
        let rows = sqlx::query_as(
            "SELECT chat_id, deployment_id, created_at FROM pending_activations
             WHERE claimed_at IS NULL ORDER BY created_at",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows)
    }

    /// Claims a waiting activation and returns its draft; `None` when it is gone or claimed.
    pub async fn claim_pending_activation<T: DeserializeOwned>(
        &self,
        chat: ChatId,
        id: &DeploymentId,
    ) -> Result<Option<T>, StorageError> {
        let row: Option<(String, Vec<u8>)> = sqlx::query_as(
            "UPDATE pending_activations SET claimed_at = unixepoch()
             WHERE chat_id = $1 AND deployment_id = $2 AND claimed_at IS NULL
             RETURNING key_id, draft",
        )
        .bind(chat.0)
        .bind(id.as_str())
        .fetch_optional(self.pool())
        .await?;
        let Some((key_id, blob)) = row else { return Ok(None) };
        let json = self.sealer().open(&Sealed { key_id, blob }, &aad(chat, id))?;
        Ok(Some(serde_json::from_slice(&json)?))
    }

    /// Gives a claim back (activation failed in a way worth retrying).
    pub async fn release_pending_activation(
        &self,
        chat: ChatId,
        id: &DeploymentId,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE pending_activations SET claimed_at = NULL WHERE chat_id = $1 AND deployment_id = $2",
        )
        .bind(chat.0)
        .bind(id.as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Releases every claim; run at start, since claims of a crashed process are orphans.
    pub async fn release_all_claims(&self) -> Result<u64, StorageError> {
        let done = sqlx::query(
            "UPDATE pending_activations SET claimed_at = NULL WHERE claimed_at IS NOT NULL",
        )
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    /// Drops a waiting activation. With `only_unclaimed`, a claimed one is left alone.
    /// Returns whether a row was dropped.
    pub async fn drop_pending_activation(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        only_unclaimed: bool,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "DELETE FROM pending_activations WHERE chat_id = $1 AND deployment_id = $2
             AND (claimed_at IS NULL OR NOT $3)",
        )
        .bind(chat.0)
        .bind(id.as_str())
        .bind(only_unclaimed)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Drops every unclaimed waiting activation of `chat` (activations under way are left to
    /// finish). Returns how many were dropped.
    pub async fn drop_unclaimed_activations(&self, chat: ChatId) -> Result<usize, StorageError> {
        let done = sqlx::query(
            "DELETE FROM pending_activations WHERE chat_id = $1 AND claimed_at IS NULL",
        )
        .bind(chat.0)
        .execute(self.pool())
        .await?;
        Ok(usize::try_from(done.rows_affected()).unwrap_or(usize::MAX))
    }
}
