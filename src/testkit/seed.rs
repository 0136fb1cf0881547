//! Rows written straight into the database, for tests and benchmarks that need many of them
//! faster than conversations could create them.

use std::ops::Range;

use teloxide::types::ChatId;

use crate::storage::{Db, chats::api_key_aad};

/// A deployment the bot knows of: its id, name and status (already announced in it).
pub struct Known {
    /// The deployment id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its status, as the API names it.
    pub status: &'static str,
}

/// Stores `deployments` as known to `chat`, in one transaction.
pub async fn known_deployments(
    db: &Db,
    chat: i64,
    deployments: impl IntoIterator<Item = Known>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    for known in deployments {
        sqlx::query(
            "INSERT INTO deployments (chat_id, deployment_id, name, status, notified_status) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(chat)
        .bind(&known.id)
        .bind(&known.name)
        .bind(known.status)
        .bind(known.status)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// Stores the chats `chats`, each with the language `language` and the API key `key` sealed
/// as the bot seals it, in one transaction.
pub async fn chats_with_key(
    db: &Db,
    chats: Range<i64>,
    language: &str,
    key: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    for chat in chats {
        let sealed = db.sealer().seal(key.as_bytes(), &api_key_aad(ChatId(chat)));
        sqlx::query(
            "INSERT INTO chats (chat_id, language, api_key, api_key_key_id) VALUES (?, ?, ?, ?)",
        )
        .bind(chat)
        .bind(language)
        .bind(sealed.blob)
        .bind(sealed.key_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}
