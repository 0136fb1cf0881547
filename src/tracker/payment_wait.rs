//! A payment wait that can end: when the status checks keep failing (a key the service
//! refuses, or any failure that lasts past the payment timeout), the chat is told once and
//! the sealed answers are deleted, instead of a backoff that never ends in silence.

use teloxide::types::ChatId;

use super::Tracker;
use crate::{
    api::{ApiError, DeploymentId, ErrorCode},
    i18n::Lang,
    present::{errors::explain_api, pay_later},
    storage::{StorageError, pending::PendingActivation, unix_now},
};

impl Tracker {
    /// A failed status check of a waiting slot: ends the wait when it cannot succeed (401:
    /// the key was revoked) or when the wait has outlived the payment timeout, which a wait
    /// that can see the slot would have ended too. Returns whether the wait ended.
    pub(super) async fn end_unchecked_wait(
        &self,
        pending: &PendingActivation,
        lang: Lang,
        name: String,
        error: &ApiError,
    ) -> Result<bool, StorageError> {
        let (chat, id) = (ChatId(pending.chat_id), DeploymentId(pending.deployment_id.clone()));
        let waited = unix_now().saturating_sub(pending.created_at).max(0) as u64;
        let refused = error.code() == Some(&ErrorCode::Unauthorized);
        let outlived = waited >= self.app.timing.payment_timeout.as_secs();
        if !(refused || outlived) {
            return Ok(false);
        }
        // Only one process, and only one tick, drops the row: the chat is told once.
        if !self.app.db.drop_pending_activation(chat, &id, true).await? {
            return Ok(false);
        }
        self.backoff.succeeded(id.as_str());
        tracing::info!(chat = chat.0, deployment = %id, error = %error, "payment checks keep failing; stopped waiting");
        let reason = explain_api(lang, &self.app.dashboard(), error);
        self.say(chat, pay_later::wait_ended(lang, name, reason)).await;
        Ok(true)
    }
}
