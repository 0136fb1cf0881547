//! The watch on each assistant's own Telegram bot: its token, sealed like the API key and
//! bound to the deployment's handle, and what the last check saw. The row goes with its
//! deployment (`ON DELETE CASCADE`): a deleted or forgotten assistant leaves no token behind.

use secrecy::{ExposeSecret as _, SecretString};

use super::{Db, StorageError, seal::Sealed};

/// The associated data a kept bot token is sealed under: it opens only in its own row.
pub(crate) fn token_aad(handle: i64) -> String {
    format!("bot_watch.token:{handle}")
}

/// What the owner was last told about the assistant's bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    /// Nothing (or that it answers again).
    Nothing,
    /// That it seems silent.
    Silent,
    /// That Telegram refuses its token.
    Revoked,
}

impl Told {
    fn as_str(self) -> Option<&'static str> {
        match self {
            Self::Nothing => None,
            Self::Silent => Some("silent"),
            Self::Revoked => Some("revoked"),
        }
    }

    fn parse(value: Option<&str>) -> Self {
        match value {
            Some("silent") => Self::Silent,
            Some("revoked") => Self::Revoked,
            _ => Self::Nothing,
        }
    }
}

/// A watched assistant's bot, as the last check left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watch {
    /// The deployment's handle.
    pub handle: i64,
    /// The owning chat.
    pub chat_id: i64,
    /// When it was last checked (unix seconds).
    pub checked_at: Option<i64>,
    /// How many updates waited then.
    pub pending: Option<i64>,
    /// Since when updates have been waiting (unix seconds), while some are.
    pub waiting_since: Option<i64>,
    /// What the owner was last told.
    pub told: Told,
    /// Whether the owner turned the watch off.
    pub off: bool,
}

type WatchRow = (i64, i64, Option<i64>, Option<i64>, Option<i64>, Option<String>, i64);

fn watch((handle, chat_id, checked_at, pending, waiting_since, told, off): WatchRow) -> Watch {
    let told = Told::parse(told.as_deref());
    Watch { handle, chat_id, checked_at, pending, waiting_since, told, off: off != 0 }
}

const KEEP: &str = "INSERT INTO bot_watch (handle, token, key_id) VALUES ($1, $2, $3)
    ON CONFLICT (handle) DO UPDATE SET token = excluded.token, key_id = excluded.key_id,
        off = 0, notified = NULL";

const WATCH_MANAGED: &str = "INSERT INTO bot_watch (handle) VALUES ($1)
    ON CONFLICT (handle) DO UPDATE SET token = NULL, key_id = NULL, off = 0, notified = NULL";

const TURN_OFF: &str = "INSERT INTO bot_watch (handle, off) VALUES ($1, 1)
    ON CONFLICT (handle) DO UPDATE SET token = NULL, key_id = NULL, off = 1, notified = NULL";

const WATCH_COLUMNS: &str = "w.handle, d.chat_id, w.checked_at, w.pending, w.waiting_since, \
    w.notified, w.off";

const RECORD: &str = "UPDATE bot_watch SET checked_at = $1, pending = $2, waiting_since = $3,
    notified = $4 WHERE handle = $5";

impl Db {
    /// Seals and keeps the bot token of the deployment `handle` (a pasted token), replacing
    /// the one kept before, and turns its watch on.
    pub async fn keep_bot_token(
        &self,
        handle: i64,
        token: &SecretString,
    ) -> Result<(), StorageError> {
        let sealed = self.sealer().seal(token.expose_secret().as_bytes(), &token_aad(handle));
        let statement = sqlx::query(KEEP).bind(handle).bind(sealed.blob).bind(sealed.key_id);
        self.run(statement).await.map(drop)
    }

    /// Watches the deployment `handle`'s managed bot, whose token is asked of Telegram when
    /// needed: any token kept before is deleted.
    pub async fn watch_managed_bot(&self, handle: i64) -> Result<(), StorageError> {
        self.run(sqlx::query(WATCH_MANAGED).bind(handle)).await.map(drop)
    }

    /// The kept bot token of the deployment `handle`, opened.
    pub async fn bot_token(&self, handle: i64) -> Result<Option<SecretString>, StorageError> {
        let row: Option<(Option<Vec<u8>>, Option<String>)> =
            sqlx::query_as("SELECT token, key_id FROM bot_watch WHERE handle = $1")
                .bind(handle)
                .fetch_optional(self.pool())
                .await?;
        let Some((Some(blob), Some(key_id))) = row else { return Ok(None) };
        let plain = self.sealer().open_string(&Sealed { key_id, blob }, &token_aad(handle))?;
        Ok(Some(SecretString::from(plain.as_str().to_owned())))
    }

    /// Turns the watch of the deployment `handle` off, deleting its kept token.
    pub async fn turn_watch_off(&self, handle: i64) -> Result<(), StorageError> {
        self.run(sqlx::query(TURN_OFF).bind(handle)).await.map(drop)
    }

    /// The watch of the deployment `handle`, if it has one.
    pub async fn watch_of(&self, handle: i64) -> Result<Option<Watch>, StorageError> {
        let sql = format!(
            "SELECT {WATCH_COLUMNS} FROM bot_watch AS w JOIN deployments AS d USING (handle)
             WHERE w.handle = $1"
        );
        let row: Option<WatchRow> =
            sqlx::query_as(&sql).bind(handle).fetch_optional(self.pool()).await?;
        Ok(row.map(watch))
    }

    /// The watches of live assistants not checked since `before` (unix seconds), oldest
    /// check first, at most `limit`.
    pub async fn watches_due(&self, before: i64, limit: i64) -> Result<Vec<Watch>, StorageError> {
        let sql = format!(
            "SELECT {WATCH_COLUMNS} FROM bot_watch AS w JOIN deployments AS d USING (handle)
             WHERE w.off = 0 AND d.status = 'active'
               AND (w.token IS NOT NULL OR d.managed_bot_id IS NOT NULL)
               AND (w.checked_at IS NULL OR w.checked_at <= $1)
             ORDER BY w.checked_at IS NOT NULL, w.checked_at LIMIT $2"
        );
        let rows: Vec<WatchRow> =
            sqlx::query_as(&sql).bind(before).bind(limit).fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(watch).collect())
    }

    /// How many live assistants' bots are watched: what one watch interval has to cover.
    pub async fn watches_count(&self) -> Result<i64, StorageError> {
        let sql = "SELECT COUNT(*) FROM bot_watch AS w JOIN deployments AS d USING (handle)
             WHERE w.off = 0 AND d.status = 'active'
               AND (w.token IS NOT NULL OR d.managed_bot_id IS NOT NULL)";
        Ok(sqlx::query_scalar(sql).fetch_one(self.pool()).await?)
    }

    /// Records what a check saw, and what the owner has now been told.
    pub async fn record_watch(&self, watch: &Watch) -> Result<(), StorageError> {
        let statement = sqlx::query(RECORD)
            .bind(watch.checked_at)
            .bind(watch.pending)
            .bind(watch.waiting_since)
            .bind(watch.told.as_str())
            .bind(watch.handle);
        self.run(statement).await.map(drop)
    }
}
