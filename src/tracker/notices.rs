//! Deployments in flight: poll their status and tell the chat when it changes.
//!
//! Ordering, so that a crash neither loses a notice nor (but in one narrow window) repeats it:
//! 1. the new status is recorded as *seen* (`status`), not as *announced* (`notified_status`);
//! 2. the notice is sent;
//! 3. the status is recorded as announced.
//!
//! A crash between 1 and 2 leaves `status != notified_status`; the next tick (after a restart
//! too) finds the row through `deployments_to_poll` and sends the notice: nothing is lost.
//! Sending before recording the observation would lose it instead. The window between 2 and 3
//! is one local SQLite write after Telegram has answered; only a crash exactly there repeats
//! a notice.

use teloxide::{
    prelude::*,
    types::{ChatId, MessageId},
};

use super::Tracker;
use crate::{
    api::{ErrorCode, Status},
    bot::{
        callback::{Callback, CardAction},
        context::lang_for,
        keyboard::{button, keyboard},
        manage::view::{card_keyboard, card_text},
    },
    i18n::Lang,
    storage::{StorageError, deployments::KnownDeployment},
};

/// The localized name of a status (the raw value for statuses this build does not know).
pub fn status_label(lang: Lang, status: &Status) -> String {
    let key = match status {
        Status::PendingPayment => "status-pending-payment",
        Status::Purchased => "status-purchased",
        Status::Deploying => "status-deploying",
        Status::Active => "status-active",
        Status::Failed => "status-failed",
        Status::Stopped => "status-stopped",
        Status::Other(other) => return other.clone(),
    };
    lang.t(key)
}

/// The notice for a deployment that reached `known.status`.
pub fn notice_text(lang: Lang, known: &KnownDeployment) -> String {
    let name = known.display_name();
    match known.status() {
        Status::Active => {
            let mut lines = vec![lang.t_args("notice-active", &[("name", name.into())])];
            if let Some(username) = &known.bot_username {
                lines.push(
                    lang.t_args(
                        "notice-link",
                        &[("link", format!("https://t.me/{username}").into())],
                    ),
                );
            }
            if let Some(url) = &known.worker_url {
                lines.push(lang.t_args("notice-worker", &[("url", url.clone().into())]));
            }
            lines.join("\n")
        }
        Status::Failed => {
            let reason = known.status_message.clone().unwrap_or_else(|| lang.t("notice-no-reason"));
            lang.t_args("notice-failed", &[("name", name.into()), ("reason", reason.into())])
        }
        other => lang.t_args(
            "notice-changed",
            &[("name", name.into()), ("status", status_label(lang, &other).into())],
        ),
    }
}

impl Tracker {
    /// Polls one deployment (in flight, or any when `force`) and announces a change.
    pub(super) async fn check_deployment(&self, known: KnownDeployment, force: bool) {
        if let Err(e) = self.try_check_deployment(known, force).await {
            tracing::warn!(error = %e, "checking a deployment failed");
        }
    }

    async fn try_check_deployment(
        &self,
        mut known: KnownDeployment,
        force: bool,
    ) -> Result<(), StorageError> {
        let chat = ChatId(known.chat_id);
        let lang = lang_for(&self.storage, Some(chat), None).await;
        if force || known.status() == Status::Deploying {
            let Some(key) = self.storage.api_key(chat).await? else { return Ok(()) };
            match self.api.status(&key, &known.id()).await {
                Ok(now) => {
                    self.backoff.succeeded(&known.deployment_id);
                    if now.status != known.status() {
                        // Step 1: record what was seen.
                        self.storage
                            .observe_status(
                                known.handle,
                                &now.status,
                                now.status_message.as_deref(),
                                now.worker_url.as_deref(),
                            )
                            .await?;
                        known.status = now.status.to_string();
                        known.status_message = now.status_message;
                        known.worker_url = now.worker_url;
                    }
                }
                Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
                    let name = known.display_name();
                    self.storage.forget_deployment(chat, &known.id()).await?;
                    self.say(chat, lang.t_args("status-gone", &[("name", name.into())])).await;
                    return Ok(());
                }
                Err(e) => {
                    metrics::counter!("tracker_errors_total").increment(1);
                    tracing::debug!(deployment = %known.deployment_id, error = %e, "status poll failed; backing off");
                    self.backoff.failed(&known.deployment_id, self.interval);
                    return Ok(());
                }
            }
        }
        if known.status() == Status::Deploying
            || known.notified_status.as_deref() == Some(known.status.as_str())
        {
            return Ok(());
        }
        // Step 2: send. Step 3: record as announced, only once Telegram accepted it.
        let mut notice = self.bot.send_message(chat, notice_text(lang, &known));
        if known.status() == Status::Failed {
            let redeploy = Callback::Act { handle: known.handle, action: CardAction::Redeploy };
            notice = notice
                .reply_markup(keyboard(vec![vec![button(lang.t("btn-redeploy"), &redeploy)]]));
        }
        match notice.await {
            Ok(_) => {
                metrics::counter!("tracker_notices_total", "status" => known.status.clone())
                    .increment(1);
                self.storage.mark_notified(known.handle, &known.status).await?;
                self.redraw_cards(lang, &known).await
            }
            Err(e) => {
                tracing::warn!(chat = chat.0, error = %e, "could not send a status notice; will retry");
                Ok(())
            }
        }
    }
}

impl Tracker {
    /// Redraws every message that shows this deployment's card.
    async fn redraw_cards(&self, lang: Lang, known: &KnownDeployment) -> Result<(), StorageError> {
        for (chat, message) in self.storage.card_views_of(known.handle).await? {
            let text = card_text(lang, known, None);
            let edit = self
                .bot
                .edit_message_text(ChatId(chat), MessageId(message), text)
                .reply_markup(card_keyboard(lang, known))
                .await;
            if let Err(e) = edit {
                // The message may be gone or too old to edit: stop redrawing it.
                tracing::debug!(chat, message, error = %e, "could not redraw a card");
                self.storage.set_card_view(ChatId(chat), message, None).await?;
            }
        }
        Ok(())
    }
}
