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
//!
//! A notice that cannot be delivered is retried with a backoff; one that can never be (the
//! user blocked the bot, the chat is gone) is marked done, logged once, and not tried again.

use teloxide::{RequestError, prelude::*, types::InlineKeyboardMarkup};

use super::{
    Tracker,
    delivery::{Failure, classify},
};
use crate::{
    api::{ErrorCode, Status},
    present::notices,
    service::groups,
    storage::{StorageError, deployments::KnownDeployment},
};

/// The backoff key of a deployment's notice (separate from its status polls).
pub fn notice_key(handle: i64) -> String {
    format!("notice:{handle}")
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
        let lang = self.app.chat_lang(chat).await;
        if force || known.status() == Status::Deploying {
            let Some(key) = self.app.db.api_key(chat).await? else { return Ok(()) };
            match self.app.api.status(&key, &known.id()).await {
                Ok(now) => {
                    self.backoff.succeeded(&known.deployment_id);
                    if now.status != known.status() {
                        // Step 1: record what was seen.
                        self.app
                            .db
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
                    self.app.db.forget_deployment(chat, &known.id()).await?;
                    self.say(chat, notices::gone(lang, name)).await;
                    return Ok(());
                }
                Err(e) => {
                    metrics::counter!("tracker_errors_total").increment(1);
                    tracing::debug!(deployment = %known.deployment_id, error = %e, "status poll failed; backing off");
                    self.backoff.failed(&known.deployment_id, self.interval());
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
        let (text, keyboard) = notices::status_notice(lang, &known);
        match self.send(chat, text, keyboard).await {
            Ok(_) => {
                // A label per known status only: the API's unknown values must not each make
                // a new series.
                let label = match known.status() {
                    Status::Other(_) => "other",
                    _ => known.status.as_str(),
                };
                metrics::counter!("tracker_notices_total", "status" => label.to_owned())
                    .increment(1);
                self.backoff.succeeded(&notice_key(known.handle));
                self.app.db.mark_notified(known.handle, &known.status).await?;
                // Drawn by the redraw worker, not here: the tick does not wait on the edit.
                self.redraws.request(known.handle);
                Ok(())
            }
            Err(e) if classify(&e) == Failure::Permanent => {
                tracing::warn!(chat = chat.0, error = %e, "a status notice can never be delivered; giving it up");
                self.app.db.mark_notified(known.handle, &known.status).await
            }
            Err(e) => {
                let tries = self.backoff.failed(&notice_key(known.handle), self.interval());
                tracing::warn!(chat = chat.0, tries, error = %e, "could not send a status notice; will retry later");
                Ok(())
            }
        }
    }

    /// Sends a message nobody is waiting on; a failure is logged (the chat may have blocked
    /// the bot).
    pub(super) async fn say(&self, chat: ChatId, text: String) {
        if let Err(e) = self.send(chat, notices::fit(text), None).await {
            tracing::warn!(chat = chat.0, error = %e, "could not send a tracker message");
        }
    }

    /// Sends `text` to `chat`. A group that became a supergroup is moved to its new id (its
    /// rows with it) and the message is sent there, once.
    pub(super) async fn send(
        &self,
        chat: ChatId,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Result<(), RequestError> {
        let send = |to: ChatId| {
            let mut request = self.bot.send_message(to, text.clone());
            if let Some(keyboard) = keyboard.clone() {
                request = request.reply_markup(keyboard);
            }
            request
        };
        match send(chat).await {
            Ok(_) => Ok(()),
            Err(RequestError::MigrateToChatId(new)) => {
                if let Err(e) = groups::moved(&self.app.db, &self.app.dialogues, chat, new).await {
                    tracing::warn!(chat = chat.0, error = %e, "could not move an upgraded group");
                }
                send(new).await.map(|_| ())
            }
            Err(e) => Err(e),
        }
    }
}
