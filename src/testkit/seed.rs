//! Rows written straight into the database, for tests and benchmarks that need many of them
//! faster than conversations could create them.

use crate::storage::Db;

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
