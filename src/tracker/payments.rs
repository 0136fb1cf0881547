//! Slots waiting for payment: activate them as soon as checkout completes.

use teloxide::prelude::*;

use super::Tracker;
use crate::{
    api::{ApiError, DeploymentId, ErrorCode, Status},
    conversation::State,
    i18n::Lang,
    present::{self, errors::explain_api, notices},
    service::{
        self, ServiceError,
        activation::{self, ActivationDraft},
    },
    storage::{StorageError, pending::PendingActivation, unix_now},
};

/// How many times in a row a paid slot's activation may fail for want of an answer before the
/// tracker stops trying (with the backoff's pauses, about half an hour).
const MAX_ACTIVATION_TRIES: u32 = 10;

impl Tracker {
    /// Looks at one waiting slot: gives up after the payment timeout, activates once paid.
    pub(super) async fn check_payment(&self, pending: PendingActivation) {
        if let Err(e) = self.try_check_payment(&pending).await {
            let (chat, deployment) = (pending.chat_id, &pending.deployment_id);
            tracing::warn!(chat, deployment = %deployment, error = %e, "checking a payment failed");
        }
    }

    async fn try_check_payment(&self, pending: &PendingActivation) -> Result<(), StorageError> {
        let (chat, id) = (ChatId(pending.chat_id), &DeploymentId(pending.deployment_id.clone()));
        let db = &self.app.db;
        let lang = self.app.chat_lang(chat).await;
        let name =
            db.deployment(chat, id).await?.map_or_else(|| id.to_string(), |d| d.display_name());
        let Some(key) = db.api_key(chat).await? else {
            // The key was forgotten: nothing can be activated for this chat any more.
            db.drop_pending_activation(chat, id, true).await?;
            return Ok(());
        };
        let status = match self.app.api.status(&key, id).await {
            Ok(status) => status,
            Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
                if db.drop_pending_activation(chat, id, true).await? {
                    db.forget_deployment(chat, id).await?;
                    self.say(chat, notices::gone(lang, name)).await;
                }
                return Ok(());
            }
            Err(e) => {
                if self.end_unchecked_wait(pending, lang, name, &e).await? {
                    return Ok(());
                }
                tracing::debug!(deployment = %id, error = %e, "payment check failed; backing off");
                self.backoff.failed(id.as_str(), self.interval());
                return Ok(());
            }
        };
        self.backoff.succeeded(id.as_str());
        match status.status {
            Status::Purchased => self.activate(chat, id, lang).await,
            Status::PendingPayment | Status::Other(_) => {
                let timeout = self.app.timing.payment_timeout;
                let waited = unix_now().saturating_sub(pending.created_at);
                if waited as u64 >= timeout.as_secs()
                    && db.drop_pending_activation(chat, id, true).await?
                {
                    let minutes = (timeout.as_secs() / 60).max(1) as i64;
                    self.say(chat, notices::payment_timeout(lang, name, minutes)).await;
                }
                Ok(())
            }
            // Activated some other way (the dashboard): nothing left to do here.
            _ => {
                db.drop_pending_activation(chat, id, true).await?;
                Ok(())
            }
        }
    }

    async fn activate(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        lang: Lang,
    ) -> Result<(), StorageError> {
        let db = &self.app.db;
        let Some(draft) = db.claim_pending_activation::<ActivationDraft>(chat, id).await? else {
            return Ok(());
        };
        match activation::activate(
            &self.app.db,
            &self.app.api,
            &self.app.callbacks,
            chat,
            id,
            &draft,
        )
        .await
        {
            Ok(_) => {
                db.drop_pending_activation(chat, id, false).await?;
                self.say(chat, notices::paid_deploying(lang, draft.name)).await;
                Ok(())
            }
            Err(ServiceError::Api(e)) if e.is_transient() => {
                // Retried after a growing pause, not on every tick, and not for ever: the
                // slot stays paid, and its card offers Activate.
                let key = activation_key(id);
                let tries = self.backoff.failed(&key, self.interval());
                if tries < MAX_ACTIVATION_TRIES {
                    tracing::info!(deployment = %id, tries, error = %e, "activation failed; retrying later");
                    return db.release_pending_activation(chat, id).await;
                }
                tracing::warn!(deployment = %id, tries, error = %e, "activation keeps failing; giving up");
                self.backoff.succeeded(&key);
                db.drop_pending_activation(chat, id, false).await?;
                self.refused(chat, id, lang, draft, &e).await
            }
            Err(ServiceError::Api(e)) => {
                db.drop_pending_activation(chat, id, false).await?;
                self.refused(chat, id, lang, draft, &e).await
            }
            Err(ServiceError::NoKey) => {
                db.drop_pending_activation(chat, id, false).await?;
                Ok(())
            }
            Err(ServiceError::Storage(e)) => {
                db.drop_pending_activation(chat, id, false).await?;
                Err(e)
            }
        }
    }

    /// The service refused the activation of a paid slot. A refused model reopens the wizard
    /// at the model step for that slot; anything else is explained with the way to retry.
    async fn refused(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        lang: Lang,
        draft: ActivationDraft,
        error: &ApiError,
    ) -> Result<(), StorageError> {
        let name = draft.name.clone();
        if error.code() == Some(&ErrorCode::InvalidInput) && chat.is_user() {
            let model = draft.model.clone();
            // The same wizard, drawn the same way, as the bot's (`bot::wizard::send_step`).
            let wizard = service::wizard::refused_model(chat, id, draft);
            let (text, keyboard) = present::wizard::render(lang, &wizard, false);
            let turn = self.app.turns.take(chat.0).await;
            self.app.dialogues.write(chat, &State::Wizard(wizard)).await?;
            drop(turn);
            self.say(chat, notices::model_rejected(lang, model, name)).await;
            if let Err(e) = self.bot.send_message(chat, text).reply_markup(keyboard).await {
                tracing::warn!(chat = chat.0, error = %e, "could not send a wizard step");
            }
            return Ok(());
        }
        let reason = explain_api(lang, &self.app.dashboard(), error);
        self.say(chat, notices::activation_failed(lang, name, reason)).await;
        Ok(())
    }
}

/// The backoff key of a slot's activation tries: apart from its status polls (keyed by its
/// id), whose success every tick would otherwise reset the count of failed activations.
fn activation_key(id: &DeploymentId) -> String {
    format!("activate:{id}")
}
