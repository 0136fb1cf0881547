//! When chats last heard the "slow down" notice of `inbox::admission`, kept across restarts.

use std::time::Duration;

use teloxide::types::ChatId;

use super::{Db, StorageError};

impl Db {
    /// Notes that `chat` hears the notice now.
    pub async fn note_flood_notice(&self, chat: ChatId) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO flood_notices (chat_id, noticed_at) VALUES ($1, unixepoch())
            ON CONFLICT (chat_id) DO UPDATE SET noticed_at = excluded.noticed_at",
        )
        .bind(chat.0)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The chats told within `within`, with how long ago (whole seconds); forgets the others.
    pub async fn recent_flood_notices(
        &self,
        within: Duration,
    ) -> Result<Vec<(ChatId, Duration)>, StorageError> {
        let within = within.as_secs() as i64;
        sqlx::query("DELETE FROM flood_notices WHERE noticed_at <= unixepoch() - $1")
            .bind(within)
            .execute(self.pool())
            .await?;
        let rows: Vec<(i64, i64)> =
            sqlx::query_as("SELECT chat_id, unixepoch() - noticed_at FROM flood_notices")
                .fetch_all(self.pool())
                .await?;
        let ago = |secs: i64| Duration::from_secs(secs.max(0) as u64);
        Ok(rows.into_iter().map(|(chat, secs)| (ChatId(chat), ago(secs))).collect())
    }
}
