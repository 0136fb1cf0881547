//! One-time nonces of the secret form: bound to a chat, a user, a kind of secret and the
//! prompt's message; valid fifteen minutes, used once. Only their hashes are stored.

use teloxide::types::{ChatId, UserId};

use super::{
    Db, StorageError,
    nonces::{NonceRefusal, NonceTable},
};

/// How long a form's nonce stays valid.
pub const FORM_TTL_SECS: i64 = 15 * 60;

/// How many refused secrets one form takes; the last leaves it used.
pub const FORM_MAX_TRIES: i64 = 5;

// Each claim is numbered, so that giving the nonce back undoes that claim only.
const FORM_NONCES: NonceTable =
    NonceTable::new("form_nonces", "chat_id, kind, message_id, claims", FORM_TTL_SECS)
        .also_setting(", claims = claims + 1");

/// A claimed nonce: what the form was opened for (the user it asked is the one who claimed
/// it: the claim checks that).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FormNonce {
    /// The chat whose conversation asked for the secret.
    pub chat_id: i64,
    /// The kind of secret, as stored (`SecretKind`'s code).
    pub kind: String,
    /// The prompt's message, once it was sent.
    pub message_id: Option<i32>,
    /// Which claim of the nonce this is: [`Db::release_form_nonce`] names it.
    #[sqlx(rename = "claims")]
    pub claim: i64,
}

/// Why a form's nonce cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRefusal {
    /// No such nonce (never made, pruned, or replaced by a newer prompt's).
    Unknown,
    /// Used already.
    Used,
    /// Older than it may be.
    Expired,
    /// Made for another user.
    OtherUser,
    /// Used up by [`FORM_MAX_TRIES`] refused secrets.
    Spent,
}

impl From<NonceRefusal> for FormRefusal {
    fn from(refusal: NonceRefusal) -> Self {
        match refusal {
            NonceRefusal::Unknown => Self::Unknown,
            NonceRefusal::Used => Self::Used,
            NonceRefusal::Expired => Self::Expired,
            NonceRefusal::OtherUser => Self::OtherUser,
        }
    }
}

/// What giving a form's nonce back did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GivenBack {
    /// The form may try again.
    Reopened,
    /// That was its last try: it stays used.
    Spent,
    /// Nothing: the claim no longer holds it (a newer prompt replaced the form).
    Lapsed,
}

impl Db {
    /// Whether a nonce with this hash is stored (in any state): a cheap look before a
    /// request's body is read.
    pub async fn form_nonce_exists(&self, nonce_hash: &str) -> Result<bool, StorageError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM form_nonces WHERE nonce_hash = $1")
                .bind(nonce_hash)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// Stores a fresh nonce for `user` in `chat`. A chat waits for one secret at a time, so
    /// the nonces of its earlier prompts go: unused, used, or claimed by a submission still
    /// being checked (which then has nothing to give back).
    pub async fn create_form_nonce(
        &self,
        nonce_hash: &str,
        chat: ChatId,
        user: UserId,
        kind: &str,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM form_nonces WHERE chat_id = $1")
            .bind(chat.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM form_nonces WHERE created_at < unixepoch() - 86400")
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO form_nonces (nonce_hash, chat_id, user_id, kind) VALUES ($1, $2, $3, $4)",
        )
        .bind(nonce_hash)
        .bind(chat.0)
        .bind(user.0 as i64)
        .bind(kind)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Binds a nonce to the prompt message that offers it.
    pub async fn attach_form_message(
        &self,
        nonce_hash: &str,
        message: i32,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query("UPDATE form_nonces SET message_id = $1 WHERE nonce_hash = $2");
        self.run(statement.bind(message).bind(nonce_hash)).await.map(drop)
    }

    /// Claims a nonce for `user`: once, within fifteen minutes, and only by the user it was
    /// made for (another user's attempt leaves it unclaimed). One UPDATE decides, so two
    /// submissions cannot both pass.
    pub async fn claim_form_nonce(
        &self,
        nonce_hash: &str,
        user: UserId,
    ) -> Result<Result<FormNonce, FormRefusal>, StorageError> {
        match self.claim_nonce(&FORM_NONCES, nonce_hash, user).await? {
            Ok(claimed) => Ok(Ok(claimed)),
            Err(NonceRefusal::Used) => {
                let attempts: Option<i64> =
                    sqlx::query_scalar("SELECT attempts FROM form_nonces WHERE nonce_hash = $1")
                        .bind(nonce_hash)
                        .fetch_optional(self.pool())
                        .await?;
                let spent = attempts.is_some_and(|attempts| attempts >= FORM_MAX_TRIES);
                Ok(Err(if spent { FormRefusal::Spent } else { FormRefusal::Used }))
            }
            Err(refusal) => Ok(Err(refusal.into())),
        }
    }

    /// Gives a nonce back after its claim number `claim`, for another try with the same
    /// form; `refused` when the secret was refused, which counts as one of its
    /// [`FORM_MAX_TRIES`] (the last leaves it used), not when it could not be handled. Its
    /// fifteen minutes still count from its making. Only while that claim holds it: a newer
    /// prompt may have replaced it, or a late or repeated give-back may come after another
    /// claim took it.
    pub async fn release_form_nonce(
        &self,
        nonce_hash: &str,
        claim: i64,
        refused: bool,
    ) -> Result<GivenBack, StorageError> {
        // Every expression of the SET reads the row as it was: `attempts` is the old count.
        let reopened: Option<i64> = sqlx::query_scalar(
            "UPDATE form_nonces SET attempts = attempts + $1,
                 used_at = CASE WHEN attempts + $2 >= $3 THEN used_at ELSE NULL END
             WHERE nonce_hash = $4 AND claims = $5 AND used_at IS NOT NULL
             RETURNING CASE WHEN used_at IS NULL THEN 1 ELSE 0 END",
        )
        .bind(i64::from(refused))
        .bind(i64::from(refused))
        .bind(FORM_MAX_TRIES)
        .bind(nonce_hash)
        .bind(claim)
        .fetch_optional(self.pool())
        .await?;
        Ok(match reopened {
            Some(0) => GivenBack::Spent,
            Some(_) => GivenBack::Reopened,
            None => GivenBack::Lapsed,
        })
    }
}
