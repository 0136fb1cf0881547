//! Secure-form hand-offs relayed from a standby replica to the leader (`webapp::relay`): only
//! the leader changes conversations, but the form's POST may reach any replica. A row holds
//! what the hand-off needs, the secret sealed (bound to the row), and then the leader's
//! answer. The secret is dropped in the same transaction that hands it to the leader, so it
//! is in the database only while it waits; whatever a standby left behind is pruned.

use super::{Db, StorageError, seal::Sealed};

/// What a relayed hand-off carries besides its secret (the secret travels apart, sealed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayTicket {
    /// The chat whose conversation awaits the secret.
    pub chat_id: i64,
    /// The user who submitted it, as Telegram's JSON.
    pub user_json: String,
    /// The kind of secret (`SecretKind`'s code).
    pub kind: String,
    /// The prompt that offered the form.
    pub message_id: Option<i64>,
    /// The form's nonce hash, for a give-back.
    pub nonce_hash: String,
    /// Which claim of the nonce this is, for a give-back.
    pub claim: i64,
    /// The page's language.
    pub lang: String,
}

/// A relayed hand-off the leader took: its row and its ticket, and the secret (still sealed;
/// the row no longer has it).
#[derive(Debug)]
pub struct TakenRelay {
    /// The row, to answer.
    pub id: i64,
    /// What the hand-off needs.
    pub ticket: RelayTicket,
    /// The secret, sealed under [`secret_aad`]`(id)`.
    pub secret: Sealed,
}

/// The associated data a relayed secret is sealed under: its row, so a sealed secret copied
/// to another row does not open.
pub fn secret_aad(id: i64) -> String {
    format!("form_relay.secret:{id}")
}

/// A taken row as read: id, chat, user, kind, message, nonce hash, claim, language, secret, key.
type TakenRow =
    (i64, i64, String, String, Option<i64>, String, i64, String, Option<Vec<u8>>, Option<String>);

impl Db {
    /// Stores a hand-off for the leader, its secret sealed under a new random id (no
    /// sequence: the id is known before the row is written, so the secret is bound to it
    /// from its first write). Returns the id.
    pub async fn relay_form(
        &self,
        ticket: &RelayTicket,
        secret: &[u8],
    ) -> Result<i64, StorageError> {
        // Positive, random: two at once colliding is as likely as a nonce doing so, and
        // would fail the insert (the page then says to try again).
        let id = (rand::random::<u64>() >> 1) as i64;
        let sealed = self.sealer().seal(secret, &secret_aad(id));
        let statement = sqlx::query(
            "INSERT INTO form_relay
                 (id, chat_id, user_json, kind, message_id, nonce_hash, claim, lang, secret, key_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(id)
        .bind(ticket.chat_id)
        .bind(&ticket.user_json)
        .bind(&ticket.kind)
        .bind(ticket.message_id)
        .bind(&ticket.nonce_hash)
        .bind(ticket.claim)
        .bind(&ticket.lang)
        .bind(sealed.blob)
        .bind(sealed.key_id);
        self.run(statement).await?;
        Ok(id)
    }

    /// Takes every waiting hand-off, each for this caller only, and drops their secrets from
    /// the table in the same transaction. One UPDATE marks them taken: a second leader's
    /// UPDATE at the same moment waits for this one's (PostgreSQL's row locks; SQLite's one
    /// writer) and then finds them taken.
    pub async fn take_relayed_forms(&self, limit: i64) -> Result<Vec<TakenRelay>, StorageError> {
        // The leader asks every second, mostly of an empty table: a read first, so an idle
        // leader takes no write lock (SQLite has one for everything).
        let waiting: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM form_relay WHERE taken_at IS NULL LIMIT 1")
                .fetch_optional(self.pool())
                .await?;
        if waiting.is_none() {
            return Ok(Vec::new());
        }
        let mut tx = self.pool().begin().await?;
        let rows: Vec<TakenRow> = sqlx::query_as(
            "UPDATE form_relay SET taken_at = unixepoch()
             WHERE id IN (SELECT id FROM form_relay WHERE taken_at IS NULL AND secret IS NOT NULL
                          ORDER BY created_at LIMIT $1)
             RETURNING id, chat_id, user_json, kind, message_id, nonce_hash, claim, lang,
                 secret, key_id",
        )
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        let mut taken = Vec::with_capacity(rows.len());
        for (id, chat_id, user_json, kind, message_id, nonce_hash, claim, lang, blob, key) in rows {
            sqlx::query("UPDATE form_relay SET secret = NULL, key_id = NULL WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let (Some(blob), Some(key_id)) = (blob, key) else { continue };
            let ticket =
                RelayTicket { chat_id, user_json, kind, message_id, nonce_hash, claim, lang };
            taken.push(TakenRelay { id, ticket, secret: Sealed { key_id, blob } });
        }
        tx.commit().await?;
        Ok(taken)
    }

    /// Stores the leader's answer to hand-off `id`: the HTTP status and the page's JSON.
    pub async fn answer_relayed_form(
        &self,
        id: i64,
        status: u16,
        answer: &str,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query("UPDATE form_relay SET status = $1, answer = $2 WHERE id = $3");
        self.run(statement.bind(i64::from(status)).bind(answer).bind(id)).await.map(drop)
    }

    /// The answer to hand-off `id`, once the leader gave it.
    pub async fn relayed_answer(&self, id: i64) -> Result<Option<(u16, String)>, StorageError> {
        let row: Option<(Option<i64>, Option<String>)> =
            sqlx::query_as("SELECT status, answer FROM form_relay WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        Ok(match row {
            Some((Some(status), Some(answer))) => {
                u16::try_from(status).ok().map(|status| (status, answer))
            }
            _ => None,
        })
    }

    /// Deletes hand-off `id` (its answer read).
    pub async fn forget_relayed_form(&self, id: i64) -> Result<(), StorageError> {
        self.run(sqlx::query("DELETE FROM form_relay WHERE id = $1").bind(id)).await.map(drop)
    }

    /// Deletes hand-off `id` if no leader took it yet; whether it did. A standby that gives
    /// up withdraws its secret this way; a taken one is the leader's to finish.
    pub async fn withdraw_relayed_form(&self, id: i64) -> Result<bool, StorageError> {
        let statement = sqlx::query("DELETE FROM form_relay WHERE id = $1 AND taken_at IS NULL");
        Ok(self.run(statement.bind(id)).await? > 0)
    }

    /// Deletes the hand-offs older than `secs` seconds: answers nobody came for, and secrets a
    /// standby could not withdraw. Returns how many.
    pub async fn prune_relayed_forms(&self, secs: i64) -> Result<u64, StorageError> {
        let statement =
            sqlx::query("DELETE FROM form_relay WHERE created_at < unixepoch() - $1").bind(secs);
        self.run(statement).await
    }
}
