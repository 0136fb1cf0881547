//! Managed bots: which ones Telegram reported and who owns each (which assistant uses one is
//! a deployment's column, set by `Db::set_bot`). Only ids and usernames: a managed bot's token
//! is fetched from Telegram when needed and kept nowhere but in the (sealed) conversation
//! state and the Assistants API.

use teloxide::types::UserId;

use super::{Db, StorageError};

const RECORD: &str = "INSERT INTO managed_bots (bot_id, owner_id, username) VALUES ($1, $2, $3)
    ON CONFLICT (bot_id) DO UPDATE SET owner_id = excluded.owner_id,
        username = COALESCE(excluded.username, managed_bots.username), seen_at = unixepoch()";

const BOT: &str = "SELECT owner_id, username FROM managed_bots WHERE bot_id = $1";

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

    /// The owner of the managed bot `bot` and the @username it had when Telegram last
    /// reported it; `None` if Telegram never reported it.
    pub async fn managed_bot(
        &self,
        bot: UserId,
    ) -> Result<Option<(UserId, Option<String>)>, StorageError> {
        let row: Option<(i64, Option<String>)> =
            sqlx::query_as(BOT).bind(bot.0 as i64).fetch_optional(self.pool()).await?;
        Ok(row.map(|(owner, username)| (UserId(owner as u64), username)))
    }
}
