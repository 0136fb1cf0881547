//! Rows written straight into the database, for tests and benchmarks that need many of them
//! faster than conversations could create them.

use std::ops::Range;

use teloxide::types::ChatId;

use crate::storage::{Db, bot_watch::token_aad, chats::api_key_aad};

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
             VALUES ($1, $2, $3, $4, $5)",
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
            "INSERT INTO chats (chat_id, language, api_key, api_key_key_id) VALUES ($1, $2, $3, $4)",
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

/// A live assistant whose own bot is watched: its chat, deployment id and bot token.
pub struct Watched {
    /// The owning chat (stored already).
    pub chat: i64,
    /// The deployment id.
    pub id: String,
    /// Its bot's token, kept sealed as the bot keeps it.
    pub token: String,
}

/// Stores `assistants` as live, their "live" already told, each with its bot token kept
/// sealed and its watch on, in one transaction.
pub async fn watched_live(
    db: &Db,
    assistants: impl IntoIterator<Item = Watched>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    for watched in assistants {
        let handle: i64 = sqlx::query_scalar(
            "INSERT INTO deployments (chat_id, deployment_id, name, status, notified_status) \
             VALUES ($1, $2, $3, 'active', 'active') RETURNING handle",
        )
        .bind(watched.chat)
        .bind(&watched.id)
        .bind(&watched.id)
        .fetch_one(&mut *tx)
        .await?;
        let sealed = db.sealer().seal(watched.token.as_bytes(), &token_aad(handle));
        sqlx::query("INSERT INTO bot_watch (handle, token, key_id) VALUES ($1, $2, $3)")
            .bind(handle)
            .bind(sealed.blob)
            .bind(sealed.key_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}
