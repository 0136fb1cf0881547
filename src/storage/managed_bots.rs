//! Managed bots: which ones Telegram reported and who owns each, and which assistant uses
//! one. Only ids and usernames: a managed bot's token is fetched from Telegram when needed and
//! kept nowhere but in the (sealed) conversation state and the Assistants API.

use teloxide::types::{ChatId, UserId};

use super::{Db, StorageError};
use crate::api::DeploymentId;

const RECORD: &str = "INSERT INTO managed_bots (bot_id, owner_id, username) VALUES (?, ?, ?)
    ON CONFLICT (bot_id) DO UPDATE SET owner_id = excluded.owner_id,
        username = COALESCE(excluded.username, username), seen_at = unixepoch()";

const OWNER: &str = "SELECT owner_id FROM managed_bots WHERE bot_id = ?";

const USERNAME: &str = "SELECT username FROM managed_bots WHERE bot_id = ?";

const SET_MANAGED: &str = "UPDATE deployments SET managed_bot_id = ?, updated_at = unixepoch()
    WHERE chat_id = ? AND deployment_id = ?";

impl Db {
    /// Records that Telegram reported the managed bot `bot`, owned by `owner`.
    pub async fn record_managed_bot(
        &self,
        bot: UserId,
        owner: UserId,
        username: Option<&str>,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query(RECORD).bind(bot.0 as i64).bind(owner.0 as i64);
        self.run(statement.bind(username)).await.map(drop)
    }

    /// The owner of the managed bot `bot`, if Telegram reported it.
    pub async fn managed_bot_owner(&self, bot: UserId) -> Result<Option<UserId>, StorageError> {
        let owner: Option<i64> =
            sqlx::query_scalar(OWNER).bind(bot.0 as i64).fetch_optional(self.pool()).await?;
        Ok(owner.map(|id| UserId(id as u64)))
    }

    /// The @username the managed bot `bot` had when Telegram last reported it.
    pub async fn managed_bot_username(&self, bot: UserId) -> Result<Option<String>, StorageError> {
        let username: Option<Option<String>> =
            sqlx::query_scalar(USERNAME).bind(bot.0 as i64).fetch_optional(self.pool()).await?;
        Ok(username.flatten())
    }

    /// Records which managed bot the deployment `id` of `chat` answers as (`None`: a bot
    /// this bot does not manage).
    pub async fn set_managed_bot(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        bot: Option<UserId>,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query(SET_MANAGED).bind(bot.map(|b| b.0 as i64));
        self.run(statement.bind(chat.0).bind(id.as_str())).await.map(drop)
    }
}
