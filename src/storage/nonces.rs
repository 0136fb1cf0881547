//! One-time nonces, as hand-off links and the secret form use them: stored as hashes, made
//! for one user, valid for a while, used once. One UPDATE claims a nonce, so two attempts at
//! the same moment cannot both pass; a failed claim is explained by a second look.

use sqlx::{FromRow, any::AnyRow};
use teloxide::types::UserId;

use super::{Db, StorageError};

/// Why a nonce cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonceRefusal {
    /// No such nonce (never made, pruned, or replaced by a newer one).
    Unknown,
    /// Used already.
    Used,
    /// Older than it may be.
    Expired,
    /// Made for another user.
    OtherUser,
}

/// A table of one-time nonces: its name and the columns a claim returns.
pub(super) struct NonceTable {
    /// The table (with `nonce_hash`, `user_id`, `used_at` and `created_at` columns).
    pub name: &'static str,
    /// What a claim returns, as a `RETURNING` list.
    pub returning: &'static str,
    /// How long a nonce stays valid, in seconds.
    pub ttl_secs: i64,
    /// What else a claim sets, as `, column = value` (empty for nothing).
    pub also_set: &'static str,
}

impl NonceTable {
    /// The table `name`, whose claims return `returning`, with nonces valid for `ttl_secs`.
    pub const fn new(name: &'static str, returning: &'static str, ttl_secs: i64) -> Self {
        Self { name, returning, ttl_secs, also_set: "" }
    }

    /// The same table, whose claims also set `also_set` (`, column = value`).
    pub const fn also_setting(self, also_set: &'static str) -> Self {
        Self { also_set, ..self }
    }
}

impl Db {
    /// Claims `nonce_hash` in `table` for `user`: once, within the table's time, and only by
    /// the user it was made for (another user's attempt leaves it unclaimed).
    pub(super) async fn claim_nonce<T>(
        &self,
        table: &NonceTable,
        nonce_hash: &str,
        user: UserId,
    ) -> Result<Result<T, NonceRefusal>, StorageError>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        // The table and its columns are constants of this crate, never input.
        let claim = format!(
            "UPDATE {} SET used_at = unixepoch(){}
             WHERE nonce_hash = $1 AND user_id = $2 AND used_at IS NULL AND created_at > unixepoch() - $3
             RETURNING {}",
            table.name, table.also_set, table.returning
        );
        let claimed: Option<T> = sqlx::query_as(&claim)
            .bind(nonce_hash)
            .bind(user.0 as i64)
            .bind(table.ttl_secs)
            .fetch_optional(self.pool())
            .await?;
        if let Some(claimed) = claimed {
            return Ok(Ok(claimed));
        }
        let look = format!("SELECT user_id, used_at FROM {} WHERE nonce_hash = $1", table.name);
        let row: Option<(i64, Option<i64>)> =
            sqlx::query_as(&look).bind(nonce_hash).fetch_optional(self.pool()).await?;
        Ok(Err(match row {
            None => NonceRefusal::Unknown,
            Some((owner, _)) if owner != user.0 as i64 => NonceRefusal::OtherUser,
            Some((_, Some(_))) => NonceRefusal::Used,
            Some(_) => NonceRefusal::Expired,
        }))
    }
}
