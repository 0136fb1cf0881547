//! Slots waiting for payment: activate them as soon as checkout completes.

use std::time::{SystemTime, UNIX_EPOCH};

use teloxide::{prelude::*, types::ChatId};

use super::Tracker;
use crate::{
    api::{ApiError, DeploymentId, ErrorCode, Status},
    bot::{
        activation::{ActivationDraft, ActivationError, activate_slot},
        context::lang_for,
        dialogue::State,
        failure::explain_api,
        wizard::{prompt, state::Wizard},
    },
    i18n::Lang,
    storage::{StorageError, pending::PendingActivation},
};
use teloxide::dispatching::dialogue::Storage as _;

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

impl Tracker {
    /// Looks at one waiting slot: gives up after the payment timeout, activates once paid.
    pub(super) async fn check_payment(&self, pending: PendingActivation) {
        let chat = ChatId(pending.chat_id);
        let id = DeploymentId(pending.deployment_id.clone());
        if let Err(e) = self.try_check_payment(chat, &id, pending.created_at).await {
            tracing::warn!(chat = chat.0, deployment = %id, error = %e, "checking a payment failed");
        }
    }

    async fn try_check_payment(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        since: i64,
    ) -> Result<(), StorageError> {
        let lang = lang_for(&self.storage, Some(chat), None).await;
        let name = self
            .storage
            .deployment(chat, id)
            .await?
            .map(|d| d.display_name())
            .unwrap_or_else(|| id.to_string());
        let Some(key) = self.storage.api_key(chat).await? else {
            // The key was forgotten: nothing can be activated for this chat any more.
            self.storage.drop_pending_activation(chat, id, true).await?;
            return Ok(());
        };
        let status = match self.api.status(&key, id).await {
            Ok(status) => status,
            Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
                if self.storage.drop_pending_activation(chat, id, true).await? {
                    self.storage.forget_deployment(chat, id).await?;
                    self.say(chat, lang.t_args("status-gone", &[("name", name.into())])).await;
                }
                return Ok(());
            }
            Err(e) => {
                tracing::debug!(deployment = %id, error = %e, "payment check failed; backing off");
                self.backoff.failed(id.as_str(), self.interval);
                return Ok(());
            }
        };
        self.backoff.succeeded(id.as_str());
        match status.status {
            Status::Purchased => self.activate(chat, id, lang, &key).await,
            Status::PendingPayment | Status::Other(_) => {
                let waited = now().saturating_sub(since);
                if waited as u64 >= self.payment_timeout.as_secs()
                    && self.storage.drop_pending_activation(chat, id, true).await?
                {
                    let minutes = (self.payment_timeout.as_secs() / 60).max(1) as i64;
                    let text = lang.t_args(
                        "wz-payment-timeout",
                        &[("name", name.into()), ("minutes", minutes.into())],
                    );
                    self.say(chat, text).await;
                }
                Ok(())
            }
            // Activated some other way (the dashboard): nothing left to do here.
            _ => {
                self.storage.drop_pending_activation(chat, id, true).await?;
                Ok(())
            }
        }
    }

    async fn activate(
        &self,
        chat: ChatId,
        id: &DeploymentId,
        lang: Lang,
        key: &crate::api::ApiKey,
    ) -> Result<(), StorageError> {
        let Some(draft) =
            self.storage.claim_pending_activation::<ActivationDraft>(chat, id).await?
        else {
            return Ok(());
        };
        match activate_slot(&self.storage, &self.api, &self.callbacks, key, chat, id, &draft).await
        {
            Ok(_) => {
                self.storage.drop_pending_activation(chat, id, false).await?;
                self.say(chat, lang.t_args("wz-paid-deploying", &[("name", draft.name.into())]))
                    .await;
                Ok(())
            }
            Err(ActivationError::Api(e)) if e.is_transient() => {
                tracing::info!(deployment = %id, error = %e, "activation failed; retrying next tick");
                self.storage.release_pending_activation(chat, id).await
            }
            Err(ActivationError::Api(e)) => {
                self.storage.drop_pending_activation(chat, id, false).await?;
                self.refused(chat, id, lang, draft, &e).await
            }
            Err(ActivationError::Storage(e)) => {
                self.storage.drop_pending_activation(chat, id, false).await?;
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
        if error.code() == Some(&ErrorCode::InvalidInput) && chat.0 > 0 {
            let model = draft.model.clone();
            let mut draft = draft.into_draft();
            draft.clear(crate::bot::callback::Field::Model);
            let wizard = Wizard {
                id: rand::random(),
                // A private chat's id is its user's id.
                owner: chat.0 as u64,
                step: draft.next_step(),
                draft,
                slot: Some(id.clone()),
            };
            let (text, keyboard) = prompt::render(lang, &wizard);
            self.dialogues.clone().update_dialogue(chat, State::Wizard(wizard)).await?;
            let why = lang.t_args(
                "wz-activation-model-rejected",
                &[("model", model.into()), ("name", name.into())],
            );
            self.say(chat, why).await;
            if let Err(e) = self.bot.send_message(chat, text).reply_markup(keyboard).await {
                tracing::warn!(chat = chat.0, error = %e, "could not send a wizard step");
            }
            return Ok(());
        }
        let text = lang.t_args(
            "wz-activation-failed",
            &[("name", name.into()), ("reason", explain_api(lang, error).into())],
        );
        self.say(chat, text).await;
        Ok(())
    }

    /// Sends a message; a failure is logged (the chat may have blocked the bot).
    pub(super) async fn say(&self, chat: ChatId, text: String) {
        if let Err(e) = self.bot.send_message(chat, text).await {
            tracing::warn!(chat = chat.0, error = %e, "could not send a tracker message");
        }
    }
}
