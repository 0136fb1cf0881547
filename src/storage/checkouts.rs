//! The checkout link of each slot bought through the bot, for the card's 💳 Pay once the bot
//! no longer waits for the payment.

use super::{Db, StorageError};
use crate::api::DeploymentId;

impl Db {
    /// Keeps where slot `id` is paid for.
    pub async fn save_checkout_link(
        &self,
        id: &DeploymentId,
        url: &str,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query(
            "INSERT INTO checkout_links (deployment_id, url) VALUES ($1, $2)
             ON CONFLICT (deployment_id) DO UPDATE SET url = excluded.url",
        );
        self.run(statement.bind(id.as_str()).bind(url)).await.map(drop)
    }

    /// Where slot `id` is paid for, if the bot bought it and kept the link.
    pub async fn checkout_link(&self, id: &DeploymentId) -> Result<Option<String>, StorageError> {
        let url = sqlx::query_scalar("SELECT url FROM checkout_links WHERE deployment_id = $1")
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        Ok(url)
    }

    /// Forgets the link of slot `id` (paid, or gone).
    pub async fn drop_checkout_link(&self, id: &DeploymentId) -> Result<(), StorageError> {
        let statement = sqlx::query("DELETE FROM checkout_links WHERE deployment_id = $1");
        self.run(statement.bind(id.as_str())).await.map(drop)
    }
}
