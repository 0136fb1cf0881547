//! Moving a chat to a new id: a group upgraded to a supergroup keeps its key, assistants,
//! conversation, payment waits, log and links. Sealed values are bound to their chat id, so
//! they are opened under the old id and sealed again under the new one, all in one
//! transaction.

use sqlx::{Any, Transaction};
use teloxide::types::ChatId;

use super::{Db, StorageError, chats::api_key_aad, dialogues, pending, seal::Sealed};
use crate::api::DeploymentId;

/// A chat row's language, sealed key and key id.
type ChatRow = (Option<String>, Option<Vec<u8>>, Option<String>);

/// A sealed column of one row: where it is, and the associated data it is bound to.
struct Reseal<'a> {
    select: &'a str,
    update: &'a str,
}

impl Db {
    /// Moves everything of `old` to `new`, once: a second call (Telegram tells both chats,
    /// in either order) finds nothing left and returns `false`.
    pub async fn move_chat(&self, old: ChatId, new: ChatId) -> Result<bool, StorageError> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query(
            "INSERT INTO chat_moves (old_id, new_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(old.0)
        .bind(new.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        self.move_chat_row(&mut tx, old, new).await?;
        for statement in [
            // A plain UPDATE: a deployment that could not move must fail the move, not be
            // left behind for the chat row's cascade to delete.
            "UPDATE deployments SET chat_id = $2 WHERE chat_id = $1",
            // The old group's conversation wins over one the new chat may have begun.
            "DELETE FROM dialogues WHERE chat_id = $2 AND EXISTS
                 (SELECT 1 FROM dialogues WHERE chat_id = $1)",
            "DELETE FROM card_views WHERE chat_id = $1",
            "UPDATE audit SET chat_id = $2 WHERE chat_id = $1",
            "UPDATE handoffs SET group_id = $2 WHERE group_id = $1",
        ] {
            sqlx::query(statement).bind(old.0).bind(new.0).execute(&mut *tx).await?;
        }
        self.reseal(&mut tx, old, new, Reseal {
            select: "SELECT key_id, state, '' FROM dialogues WHERE chat_id = $1",
            update: "UPDATE dialogues SET chat_id = $1, key_id = $2, state = $3 WHERE chat_id = $4",
        })
        .await?;
        self.reseal(&mut tx, old, new, Reseal {
            select: "SELECT key_id, draft, deployment_id FROM pending_activations WHERE chat_id = $1",
            update: "UPDATE pending_activations SET chat_id = $1, key_id = $2, draft = $3
                 WHERE chat_id = $4 AND deployment_id = $5",
        })
        .await?;
        sqlx::query("DELETE FROM chats WHERE chat_id = $1").bind(old.0).execute(&mut *tx).await?;
        tx.commit().await?;
        let mut languages = self.language_cache();
        languages.remove(&old.0);
        languages.remove(&new.0);
        Ok(true)
    }

    /// Where `chat` lives now: its new id if it moved, else itself.
    pub async fn current_chat(&self, chat: ChatId) -> Result<ChatId, StorageError> {
        let moved: Option<i64> =
            sqlx::query_scalar("SELECT new_id FROM chat_moves WHERE old_id = $1")
                .bind(chat.0)
                .fetch_optional(self.pool())
                .await?;
        Ok(moved.map_or(chat, ChatId))
    }

    /// The chat row: the new chat keeps a key or language of its own, else takes the old's.
    async fn move_chat_row(
        &self,
        tx: &mut Transaction<'_, Any>,
        old: ChatId,
        new: ChatId,
    ) -> Result<(), StorageError> {
        let row: Option<ChatRow> = sqlx::query_as(
            "SELECT language, api_key, api_key_key_id FROM chats WHERE chat_id = $1",
        )
        .bind(old.0)
        .fetch_optional(&mut **tx)
        .await?;
        sqlx::query("INSERT INTO chats (chat_id) VALUES ($1) ON CONFLICT DO NOTHING")
            .bind(new.0)
            .execute(&mut **tx)
            .await?;
        let Some((language, blob, key_id)) = row else { return Ok(()) };
        let key = match (blob, key_id) {
            (Some(blob), Some(key_id)) => {
                let plain = self.sealer().open(&Sealed { key_id, blob }, &api_key_aad(old))?;
                Some(self.sealer().seal(&plain, &api_key_aad(new)))
            }
            _ => None,
        };
        sqlx::query(
            "UPDATE chats SET language = COALESCE(language, $1),
                 api_key = COALESCE(api_key, $2), api_key_key_id = COALESCE(api_key_key_id, $3),
                 updated_at = unixepoch()
             WHERE chat_id = $4",
        )
        .bind(language)
        .bind(key.as_ref().map(|k| k.blob.clone()))
        .bind(key.map(|k| k.key_id))
        .bind(new.0)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Re-seals the sealed rows `what.select` finds for `old` under `new`, with
    /// `what.update`. The third column selected is the row's deployment id, when its
    /// associated data names one.
    async fn reseal(
        &self,
        tx: &mut Transaction<'_, Any>,
        old: ChatId,
        new: ChatId,
        what: Reseal<'_>,
    ) -> Result<(), StorageError> {
        let rows: Vec<(String, Vec<u8>, String)> =
            sqlx::query_as(what.select).bind(old.0).fetch_all(&mut **tx).await?;
        for (key_id, blob, deployment) in rows {
            let (old_aad, new_aad) = if deployment.is_empty() {
                (dialogues::aad(old), dialogues::aad(new))
            } else {
                let id = DeploymentId(deployment.clone());
                (pending::aad(old, &id), pending::aad(new, &id))
            };
            let plain = self.sealer().open(&Sealed { key_id, blob }, &old_aad)?;
            let sealed = self.sealer().seal(&plain, &new_aad);
            // Rows are moved in place: their times and claims stay as they were.
            let mut update = sqlx::query(what.update)
                .bind(new.0)
                .bind(sealed.key_id)
                .bind(sealed.blob)
                .bind(old.0);
            if !deployment.is_empty() {
                update = update.bind(deployment);
            }
            update.execute(&mut **tx).await?;
        }
        Ok(())
    }
}
