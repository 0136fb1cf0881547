//! The deployments each chat knows: what the API last said about them, the assistant bot's
//! username (which the API does not return), and which status the chat was last told about.

use teloxide::types::{ChatId, UserId};

use super::{Db, StorageError};
use crate::api::{ApiMode, Assistant, DeploymentId, Status};

/// A deployment as the bot remembers it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KnownDeployment {
    /// Short local number, used in callback data.
    pub handle: i64,
    /// The owning chat.
    pub chat_id: i64,
    /// The API's id.
    pub deployment_id: String,
    /// Assistant name.
    pub name: Option<String>,
    /// Billing mode.
    pub api_mode: Option<String>,
    /// Model provider.
    pub model_provider: Option<String>,
    /// Model id.
    pub model_id: Option<String>,
    /// The assistant bot's @username, from getMe during the wizard.
    pub bot_username: Option<String>,
    /// Last status seen from the API.
    pub status: String,
    /// Why it failed, when it did.
    pub status_message: Option<String>,
    /// Worker URL, when active.
    pub worker_url: Option<String>,
    /// Last status announced to the chat.
    pub notified_status: Option<String>,
    /// Last change seen by the bot (unix seconds).
    pub updated_at: i64,
    /// Last change according to the API (`updatedAt`, as sent).
    pub remote_updated_at: Option<String>,
    /// Payment state (`paid`, …), as the API last sent it.
    pub payment_status: Option<String>,
    /// End of the paid period, as the API last sent it.
    pub current_period_end: Option<String>,
    /// When the subscription was canceled, as the API last sent it.
    pub canceled_at: Option<String>,
    /// The assistant bot's user id, when this bot created it and manages it.
    pub managed_bot_id: Option<i64>,
}

impl KnownDeployment {
    /// The API id, typed.
    pub fn id(&self) -> DeploymentId {
        DeploymentId(self.deployment_id.clone())
    }

    /// The status, typed.
    pub fn status(&self) -> Status {
        Status::from(self.status.as_str())
    }

    /// The mode, typed.
    pub fn mode(&self) -> Option<ApiMode> {
        self.api_mode.as_deref().map(ApiMode::from)
    }

    /// What users call it: its name, or its id before it has one.
    pub fn display_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.deployment_id.clone())
    }
}

/// Every column of a deployment, in [`KnownDeployment`]'s order; a macro so that whole
/// statements such as [`TO_POLL`] can be built with `concat!`.
macro_rules! columns {
    () => {
        "handle, chat_id, deployment_id, name, api_mode, model_provider, model_id, \
    bot_username, status, status_message, worker_url, notified_status, updated_at, remote_updated_at, \
    payment_status, current_period_end, canceled_at, managed_bot_id"
    };
}

const COLUMNS: &str = columns!();

/// The tracker's query for the deployments to poll. Same predicate as the partial index
/// `deployments_unsettled`, so SQLite uses it; public so a test can check its query plan.
pub const TO_POLL: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM deployments WHERE status = 'deploying' OR notified_status IS DISTINCT FROM status ORDER BY handle"
);

/// `SELECT` of every column of the deployments matching `filter` (a `WHERE` clause and what
/// follows it).
fn select(filter: &str) -> String {
    format!("SELECT {COLUMNS} FROM deployments WHERE {filter}")
}

const ENSURE_CHAT: &str =
    "INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT (chat_id) DO NOTHING";

const SET_STATUS: &str = "UPDATE deployments
    SET status = $1, status_message = $2, worker_url = $3, updated_at = unixepoch()
    WHERE handle = $4";

const SET_BOT: &str = "UPDATE deployments
    SET bot_username = COALESCE($1, bot_username), managed_bot_id = $2, updated_at = unixepoch()
    WHERE chat_id = $3 AND deployment_id = $4";

/// A view replaces both rows it would clash with: the message's old view (it shows another
/// card now) and the chat's older view of this card (one live view per chat and assistant).
/// (SQLite's `REPLACE` does both at once; PostgreSQL has no such statement, so the two go
/// first, in the same transaction.)
const UNSHOW_CARD: &str =
    "DELETE FROM card_views WHERE chat_id = $1 AND (message_id = $2 OR handle = $3)";
const SHOW_CARD: &str = "INSERT INTO card_views (chat_id, message_id, handle) VALUES ($1, $2, $3)";

const HIDE_CARD: &str = "DELETE FROM card_views WHERE chat_id = $1 AND message_id = $2";

const CARD_VIEWS: &str = "SELECT chat_id, message_id FROM card_views WHERE handle = $1";

const FORGET: &str = "DELETE FROM deployments WHERE chat_id = $1 AND deployment_id = $2";

impl Db {
    /// Remembers a fresh slot of `chat`, with the name it will get.
    pub async fn record_purchase(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        mode: &ApiMode,
        name: Option<&str>,
    ) -> Result<KnownDeployment, StorageError> {
        self.run(sqlx::query(ENSURE_CHAT).bind(chat.0)).await?;
        let row = sqlx::query_as(&format!(
            "INSERT INTO deployments (chat_id, deployment_id, api_mode, name, status, notified_status)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (chat_id, deployment_id) DO UPDATE SET updated_at = unixepoch()
             RETURNING {COLUMNS}"
        ))
        .bind(chat.0)
        .bind(id.as_str())
        .bind(mode.as_str())
        .bind(name)
        .bind(Status::PendingPayment.as_str())
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }

    /// Stores what the API returned to an action of the chat's (the chat sees the result
    /// directly, so it counts as announced), keeping what only the bot knows.
    pub async fn record_assistant(
        &self,
        chat: ChatId,
        assistant: &Assistant,
    ) -> Result<KnownDeployment, StorageError> {
        self.upsert_assistant(chat, assistant, true).await
    }

    /// Stores an assistant seen in a list. A change of a known deployment is left for the
    /// tracker to announce; a deployment new to the bot counts as announced (the list shows it).
    pub async fn record_listed(
        &self,
        chat: ChatId,
        assistant: &Assistant,
    ) -> Result<KnownDeployment, StorageError> {
        self.upsert_assistant(chat, assistant, false).await
    }

    async fn upsert_assistant(
        &self,
        chat: ChatId,
        assistant: &Assistant,
        announced: bool,
    ) -> Result<KnownDeployment, StorageError> {
        self.run(sqlx::query(ENSURE_CHAT).bind(chat.0)).await?;
        let row = sqlx::query_as(&format!(
            "INSERT INTO deployments (chat_id, deployment_id, name, api_mode, model_provider,
                 model_id, status, status_message, worker_url, notified_status, remote_updated_at,
                 payment_status, current_period_end, canceled_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $7, $10, $12, $13, $14)
             ON CONFLICT (chat_id, deployment_id) DO UPDATE SET
                 name = COALESCE(excluded.name, deployments.name),
                 api_mode = COALESCE(excluded.api_mode, deployments.api_mode),
                 model_provider = COALESCE(excluded.model_provider, deployments.model_provider),
                 model_id = COALESCE(excluded.model_id, deployments.model_id),
                 status = excluded.status, status_message = excluded.status_message,
                 worker_url = excluded.worker_url,
                 notified_status = CASE WHEN $11 THEN excluded.status ELSE deployments.notified_status END,
                 remote_updated_at = COALESCE(excluded.remote_updated_at, deployments.remote_updated_at),
                 payment_status = COALESCE(excluded.payment_status, deployments.payment_status),
                 current_period_end = COALESCE(excluded.current_period_end, deployments.current_period_end),
                 canceled_at = excluded.canceled_at,
                 updated_at = unixepoch()
             RETURNING {COLUMNS}"
        ))
        .bind(chat.0)
        .bind(assistant.id.as_str())
        .bind(&assistant.name)
        .bind(assistant.api_mode.as_ref().map(ApiMode::as_str))
        .bind(&assistant.model_provider)
        .bind(&assistant.model_id)
        .bind(assistant.status.as_str())
        .bind(&assistant.status_message)
        .bind(&assistant.worker_url)
        .bind(&assistant.updated_at)
        .bind(announced)
        .bind(&assistant.payment_status)
        .bind(&assistant.current_period_end)
        .bind(&assistant.canceled_at)
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }

    /// Deployments the tracker must look at: those deploying, and those whose last seen
    /// status has not been announced yet (a notice cut short by a crash).
    pub async fn deployments_to_poll(&self) -> Result<Vec<KnownDeployment>, StorageError> {
        Ok(sqlx::query_as(TO_POLL).fetch_all(self.pool()).await?)
    }

    /// Records a status the tracker saw, without marking it announced.
    pub async fn observe_status(
        &self,
        handle: i64,
        status: &Status,
        message: Option<&str>,
        worker_url: Option<&str>,
    ) -> Result<(), StorageError> {
        let statement =
            sqlx::query(SET_STATUS).bind(status.as_str()).bind(message).bind(worker_url);
        self.run(statement.bind(handle)).await.map(drop)
    }

    /// Marks `status` as announced to the chat.
    pub async fn mark_notified(&self, handle: i64, status: &str) -> Result<(), StorageError> {
        self.set_column(handle, "notified_status", status).await
    }

    /// Stores the hash of a deployment's callback token.
    pub async fn set_callback_hash(&self, handle: i64, hash: &str) -> Result<(), StorageError> {
        self.set_column(handle, "callback_hash", hash).await
    }

    /// Sets one text column of the deployment `handle`.
    async fn set_column(&self, handle: i64, column: &str, value: &str) -> Result<(), StorageError> {
        let sql = format!("UPDATE deployments SET {column} = $1 WHERE handle = $2");
        self.run(sqlx::query(&sql).bind(value).bind(handle)).await.map(drop)
    }

    /// The deployment whose callback token hashes to `hash`.
    pub async fn deployment_by_callback(
        &self,
        hash: &str,
    ) -> Result<Option<KnownDeployment>, StorageError> {
        let sql = select("callback_hash = $1");
        Ok(sqlx::query_as(&sql).bind(hash).fetch_optional(self.pool()).await?)
    }

    /// Records that message `message` of `chat` now shows the card of `handle` (`None`: it
    /// shows something else). A chat keeps one view of a card: the message that showed it
    /// before is no longer redrawn.
    pub async fn set_card_view(
        &self,
        chat: ChatId,
        message: i32,
        handle: Option<i64>,
    ) -> Result<(), StorageError> {
        let Some(handle) = handle else {
            return self.run(sqlx::query(HIDE_CARD).bind(chat.0).bind(message)).await.map(drop);
        };
        let mut tx = self.pool().begin().await?;
        for statement in [UNSHOW_CARD, SHOW_CARD] {
            let statement = sqlx::query(statement).bind(chat.0).bind(message).bind(handle);
            statement.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The messages showing the card of `handle` (one per chat).
    pub async fn card_views_of(&self, handle: i64) -> Result<Vec<(i64, i32)>, StorageError> {
        Ok(sqlx::query_as(CARD_VIEWS).bind(handle).fetch_all(self.pool()).await?)
    }

    /// Records the assistant's bot: its @username from getMe (kept as it was when `None`)
    /// and, when this bot created and manages it, its id (`None`: a bot this bot does not
    /// manage). The deployment as it is now; `None` if `chat` does not know it.
    pub async fn set_bot(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        username: Option<&str>,
        managed: Option<UserId>,
    ) -> Result<Option<KnownDeployment>, StorageError> {
        let statement = format!("{SET_BOT} RETURNING {COLUMNS}");
        let row = sqlx::query_as(&statement)
            .bind(username)
            .bind(managed.map(|bot| bot.0 as i64))
            .bind(chat.0)
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        Ok(row)
    }

    /// One deployment of `chat` by its handle; `None` if the handle is another chat's.
    pub async fn deployment_by_handle(
        &self,
        chat: ChatId,
        handle: i64,
    ) -> Result<Option<KnownDeployment>, StorageError> {
        let sql = select("chat_id = $1 AND handle = $2");
        Ok(sqlx::query_as(&sql).bind(chat.0).bind(handle).fetch_optional(self.pool()).await?)
    }

    /// One deployment of `chat` by its API id.
    pub async fn deployment(
        &self,
        chat: ChatId,
        id: &DeploymentId,
    ) -> Result<Option<KnownDeployment>, StorageError> {
        let sql = select("chat_id = $1 AND deployment_id = $2");
        let query = sqlx::query_as(&sql).bind(chat.0).bind(id.as_str());
        Ok(query.fetch_optional(self.pool()).await?)
    }

    /// The newest slot of `mode` named `name` that `chat` recorded as bought at `since` (unix
    /// seconds) or later: a purchase whose wizard was cut short before it ended.
    pub async fn bought_since(
        &self,
        chat: ChatId,
        mode: &ApiMode,
        name: &str,
        since: i64,
    ) -> Result<Option<KnownDeployment>, StorageError> {
        let sql = select(
            "chat_id = $1 AND api_mode = $2 AND name = $3 AND created_at >= $4
             ORDER BY handle DESC LIMIT 1",
        );
        let query = sqlx::query_as(&sql).bind(chat.0).bind(mode.as_str()).bind(name).bind(since);
        Ok(query.fetch_optional(self.pool()).await?)
    }

    /// Whether any chat knows deployment `id` (a slot some chat already owns is not adopted).
    pub async fn is_known_anywhere(&self, id: &DeploymentId) -> Result<bool, StorageError> {
        let known: Option<i64> =
            sqlx::query_scalar("SELECT handle FROM deployments WHERE deployment_id = $1 LIMIT 1")
                .bind(id.as_str())
                .fetch_optional(self.pool())
                .await?;
        Ok(known.is_some())
    }

    /// Every deployment `chat` knows, oldest first.
    pub async fn deployments_of(&self, chat: ChatId) -> Result<Vec<KnownDeployment>, StorageError> {
        let sql = select("chat_id = $1 ORDER BY handle");
        Ok(sqlx::query_as(&sql).bind(chat.0).fetch_all(self.pool()).await?)
    }

    /// Forgets a deployment of `chat`.
    pub async fn forget_deployment(
        &self,
        chat: ChatId,
        id: &DeploymentId,
    ) -> Result<(), StorageError> {
        self.run(sqlx::query(FORGET).bind(chat.0).bind(id.as_str())).await.map(drop)
    }
}
