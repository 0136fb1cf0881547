//! Group features: one-time hand-off links to a private chat, and the audit log.

use teloxide::types::{ChatId, UserId};

use super::{
    Db, StorageError,
    nonces::{NonceRefusal, NonceTable},
};

/// How many audit entries each chat keeps.
pub const AUDIT_KEPT: i64 = 100;

/// How long a hand-off link stays valid.
pub const HANDOFF_TTL_SECS: i64 = 600;

const HANDOFFS: NonceTable =
    NonceTable::new("handoffs", "group_id, user_id, purpose", HANDOFF_TTL_SECS);

/// A hand-off link, as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Handoff {
    /// The group the secret is for.
    pub group_id: i64,
    /// The admin the link was made for.
    pub user_id: i64,
    /// What the secret is for (`key`, `wizard`).
    pub purpose: String,
}

/// Why a hand-off link cannot be used.
pub type HandoffRefusal = NonceRefusal;

/// One audit entry.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    /// Who (display name).
    pub actor: String,
    /// What (a short action tag).
    pub action: String,
    /// On what (an assistant's name).
    pub target: String,
    /// When (unix seconds).
    pub created_at: i64,
}

const CREATE_HANDOFF: &str =
    "INSERT INTO handoffs (nonce_hash, group_id, user_id, purpose) VALUES ($1, $2, $3, $4)";

const AUDIT: &str =
    "INSERT INTO audit (chat_id, user_id, actor, action, target) VALUES ($1, $2, $3, $4, $5)";

const AUDIT_LOG: &str = "SELECT actor, action, target, created_at FROM audit WHERE chat_id = $1
    ORDER BY id DESC LIMIT $2";

impl Db {
    /// Stores a fresh hand-off link (by the hash of its nonce).
    pub async fn create_handoff(
        &self,
        nonce_hash: &str,
        group: ChatId,
        user: UserId,
        purpose: &str,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query(CREATE_HANDOFF).bind(nonce_hash).bind(group.0);
        self.run(statement.bind(user.0 as i64).bind(purpose)).await?;
        // Links live ten minutes; a day later nobody needs to hear why one was refused.
        let prune = sqlx::query("DELETE FROM handoffs WHERE created_at < unixepoch() - 86400");
        self.run(prune).await.map(drop)
    }

    /// Uses a hand-off link: valid only once, within ten minutes, and only by its admin. One
    /// UPDATE decides, so two taps cannot both succeed.
    pub async fn use_handoff(
        &self,
        nonce_hash: &str,
        user: UserId,
    ) -> Result<Result<Handoff, HandoffRefusal>, StorageError> {
        self.claim_nonce(&HANDOFFS, nonce_hash, user).await
    }

    /// Appends to a chat's audit log.
    pub async fn audit(
        &self,
        chat: ChatId,
        user: UserId,
        actor: &str,
        action: &str,
        target: &str,
    ) -> Result<(), StorageError> {
        let statement = sqlx::query(AUDIT).bind(chat.0).bind(user.0 as i64);
        self.run(statement.bind(actor).bind(action).bind(target)).await?;
        // Each chat keeps its last AUDIT_KEPT entries.
        let prune = sqlx::query(
            "DELETE FROM audit WHERE chat_id = $1 AND id <= (SELECT id FROM audit WHERE chat_id = $1
                 ORDER BY id DESC LIMIT 1 OFFSET $2)",
        );
        self.run(prune.bind(chat.0).bind(AUDIT_KEPT)).await.map(drop)
    }

    /// The newest `limit` audit entries of a chat, newest first.
    pub async fn audit_log(
        &self,
        chat: ChatId,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StorageError> {
        Ok(sqlx::query_as(AUDIT_LOG).bind(chat.0).bind(limit).fetch_all(self.pool()).await?)
    }
}
