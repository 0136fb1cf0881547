//! What the watch of live assistants needs: the assistants that are live and were announced
//! as such, and the changes it saw in them, kept until the chat has been told
//! (`live_changes`, see its migration).
//!
//! The order is the tracker's: a change is recorded as seen ([`Db::record_live_change`]),
//! then told, then settled ([`Db::settle_live_change`]), which writes the new state into the
//! deployment's row and drops the change in one transaction. A crash before the telling leaves
//! the change to be told after the restart; only a crash in the one local write after Telegram
//! answered could tell it twice.

use teloxide::types::ChatId;

use super::{Db, StorageError, deployments::KnownDeployment};

/// What changed in a live assistant, outside the bot.
#[derive(Debug, Clone, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum LiveChange {
    /// It failed; the detail is the API's `statusMessage`.
    Failed,
    /// It was stopped elsewhere; the detail is the API's `statusMessage`, if any.
    Stopped,
    /// It was deleted elsewhere.
    Deleted,
    /// It runs at a new worker URL, the detail.
    Moved,
}

/// A change seen and not yet told.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeenChange {
    /// The deployment.
    pub handle: i64,
    /// Its owning chat.
    pub chat_id: i64,
    /// What users call it.
    pub name: String,
    /// The change, as stored (`failed`, `stopped`, `deleted`, `moved`).
    pub change: String,
    /// The reason, or the new worker URL.
    pub detail: Option<String>,
    /// The deployment's status as recorded now (still `active`, unless something else, such
    /// as a list the chat opened, recorded the change first).
    pub status: String,
}

impl SeenChange {
    /// The change, typed; `None` for a value this version does not know.
    pub fn kind(&self) -> Option<LiveChange> {
        self.change.parse().ok()
    }

    /// The owning chat.
    pub fn chat(&self) -> ChatId {
        ChatId(self.chat_id)
    }
}

const LIVE: &str = "SELECT handle, chat_id, deployment_id, name, api_mode, model_provider, \
    model_id, bot_username, status, status_message, worker_url, notified_status, updated_at, \
    remote_updated_at, payment_status, current_period_end, canceled_at, managed_bot_id \
    FROM deployments WHERE status = 'active' AND notified_status = 'active' \
    AND handle NOT IN (SELECT handle FROM live_changes) ORDER BY chat_id, handle";

const RECORD: &str = "INSERT INTO live_changes (handle, change, detail) VALUES ($1, $2, $3)
    ON CONFLICT (handle) DO UPDATE SET change = excluded.change, detail = excluded.detail";

const SEEN: &str = "SELECT c.handle, d.chat_id, COALESCE(d.name, d.deployment_id) AS name,
    c.change, c.detail, d.status FROM live_changes c JOIN deployments d ON d.handle = c.handle
    ORDER BY c.handle";

impl Db {
    /// Assistants live and announced as live, with no change waiting to be told, by chat.
    pub async fn live_deployments(&self) -> Result<Vec<KnownDeployment>, StorageError> {
        Ok(sqlx::query_as(LIVE).fetch_all(self.pool()).await?)
    }

    /// Records a change seen in the live assistant `handle`, before it is told.
    pub async fn record_live_change(
        &self,
        handle: i64,
        change: &LiveChange,
        detail: Option<&str>,
    ) -> Result<(), StorageError> {
        let kind: &'static str = change.into();
        self.run(sqlx::query(RECORD).bind(handle).bind(kind).bind(detail)).await.map(drop)
    }

    /// Changes seen and not told yet (left by a crash, or by a send that failed).
    pub async fn seen_live_changes(&self) -> Result<Vec<SeenChange>, StorageError> {
        Ok(sqlx::query_as(SEEN).fetch_all(self.pool()).await?)
    }

    /// The change of `seen` was told (or can never be): its new state goes into the
    /// deployment's row, announced, and the change is dropped, in one transaction. A deleted
    /// assistant is forgotten.
    pub async fn settle_live_change(&self, seen: &SeenChange) -> Result<(), StorageError> {
        let mut tx = self.pool().begin().await?;
        let detail = seen.detail.as_deref();
        let update = match seen.kind() {
            Some(LiveChange::Deleted) => sqlx::query("DELETE FROM deployments WHERE handle = $1"),
            Some(LiveChange::Failed) => sqlx::query(
                "UPDATE deployments SET status = 'failed', notified_status = 'failed',
                     status_message = $1, worker_url = NULL, updated_at = unixepoch()
                 WHERE handle = $2 AND status = 'active'",
            )
            .bind(detail),
            Some(LiveChange::Stopped) => sqlx::query(
                "UPDATE deployments SET status = 'stopped', notified_status = 'stopped',
                     status_message = $1, worker_url = NULL, updated_at = unixepoch()
                 WHERE handle = $2 AND status = 'active'",
            )
            .bind(detail),
            Some(LiveChange::Moved) => sqlx::query(
                "UPDATE deployments SET worker_url = $1, updated_at = unixepoch()
                 WHERE handle = $2 AND status = 'active'",
            )
            .bind(detail),
            None => sqlx::query("SELECT $1"),
        };
        update.bind(seen.handle).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM live_changes WHERE handle = $1")
            .bind(seen.handle)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
