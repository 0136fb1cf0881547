//! Key rotation: every sealed value opened with the old key and sealed again with the new one,
//! in one transaction, so the database is never half old, half new.

use sqlx::SqlitePool;

use super::{
    StorageError,
    seal::{KeyMaterial, Sealed, Sealer},
};

/// How many values a rotation re-sealed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Chat API keys.
    pub api_keys: u64,
    /// Conversation states.
    pub dialogues: u64,
    /// Wizard answers waiting for a payment.
    pub pending: u64,
}

impl Rotated {
    /// All of them.
    pub fn total(&self) -> u64 {
        self.api_keys + self.dialogues + self.pending
    }
}

/// Re-seals everything sealed under `old` with `new`. Fails, changing nothing, if any value
/// does not open with `old`.
pub async fn reseal(
    pool: &SqlitePool,
    old: &KeyMaterial,
    new: &KeyMaterial,
) -> Result<Rotated, StorageError> {
    let sealer = Sealer::new(new).with_older_key(old);
    let mut done = Rotated::default();
    let mut tx = pool.begin().await?;

    let keys: Vec<(i64, String, Vec<u8>)> = sqlx::query_as(
        "SELECT chat_id, api_key_key_id, api_key FROM chats WHERE api_key IS NOT NULL",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (chat, key_id, blob) in keys {
        let aad = format!("chats.api_key:{chat}");
        let plain = sealer.open(&Sealed { key_id, blob }, &aad)?;
        let sealed = sealer.seal(&plain, &aad);
        sqlx::query("UPDATE chats SET api_key = ?, api_key_key_id = ? WHERE chat_id = ?")
            .bind(sealed.blob)
            .bind(sealed.key_id)
            .bind(chat)
            .execute(&mut *tx)
            .await?;
        done.api_keys += 1;
    }

    let states: Vec<(i64, String, Vec<u8>)> =
        sqlx::query_as("SELECT chat_id, key_id, state FROM dialogues").fetch_all(&mut *tx).await?;
    for (chat, key_id, blob) in states {
        let aad = format!("dialogues:{chat}");
        let plain = sealer.open(&Sealed { key_id, blob }, &aad)?;
        let sealed = sealer.seal(&plain, &aad);
        sqlx::query("UPDATE dialogues SET state = ?, key_id = ? WHERE chat_id = ?")
            .bind(sealed.blob)
            .bind(sealed.key_id)
            .bind(chat)
            .execute(&mut *tx)
            .await?;
        done.dialogues += 1;
    }

    let pending: Vec<(i64, String, String, Vec<u8>)> =
        sqlx::query_as("SELECT chat_id, deployment_id, key_id, draft FROM pending_activations")
            .fetch_all(&mut *tx)
            .await?;
    for (chat, id, key_id, blob) in pending {
        let aad = format!("pending_activations:{chat}:{id}");
        let plain = sealer.open(&Sealed { key_id, blob }, &aad)?;
        let sealed = sealer.seal(&plain, &aad);
        sqlx::query("UPDATE pending_activations SET draft = ?, key_id = ? WHERE chat_id = ? AND deployment_id = ?")
            .bind(sealed.blob)
            .bind(sealed.key_id)
            .bind(chat)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        done.pending += 1;
    }

    tx.commit().await?;
    Ok(done)
}
