//! What the senders of shed updates are told: a press's answer (with an alert when it was
//! dropped), and the chat's "slow down" notice. Told from a task of its own, a few at a time,
//! so admission never waits on Telegram; a notice waits for its chat's pace like any reply.

use futures_util::{StreamExt as _, stream};
use teloxide::{prelude::*, types::UpdateKind};
use tokio::sync::mpsc;

use super::chats::Shed;
use crate::{
    i18n::Lang,
    present::{audit::clean_name, replies, team},
    sender::Paced,
    service::input,
    storage::Db,
};

/// How many shed updates may wait to be told about; past it, one is skipped (and counted).
pub const TELL_QUEUE: usize = 1024;

/// How many are told at once: a notice waiting for a slow group's pace holds no other.
const AT_ONCE: usize = 16;

/// What telling needs: the bot (paced, as every reply) and the chats' languages.
#[derive(Clone)]
pub struct Tell {
    bot: Paced<Bot>,
    db: Db,
}

impl Tell {
    /// Tells through `bot`, in each chat's language as `db` has it.
    pub fn new(bot: Paced<Bot>, db: Db) -> Self {
        Self { bot, db }
    }

    /// Starts the task that tells, and returns its queue. The task ends when the queue's
    /// senders are gone.
    pub(super) fn spawn(self) -> mpsc::Sender<Shed> {
        let (queue, shed) = mpsc::channel(TELL_QUEUE);
        let shed =
            stream::unfold(shed, |mut shed| async move { shed.recv().await.map(|s| (s, shed)) });
        tokio::spawn(shed.for_each_concurrent(AT_ONCE, move |shed| {
            let tell = self.clone();
            async move { tell.one(shed).await }
        }));
        queue
    }

    async fn one(&self, shed: Shed) {
        let lang = self.lang(&shed.update).await;
        if let UpdateKind::Message(msg) | UpdateKind::EditedMessage(msg) = &shed.update.kind
            && carries_secret(msg)
        {
            self.delete_secret(msg, lang).await;
        }
        if let UpdateKind::CallbackQuery(query) = &shed.update.kind {
            let answer = self.bot.answer_callback_query(query.id.clone());
            // Folded: the press waiting answers for it. Dropped: not taken, and said so.
            let answer = if shed.dropped {
                answer.text(replies::slow_down(lang)).show_alert(true)
            } else {
                answer
            };
            if let Err(e) = answer.await {
                tracing::debug!(error = %e, "could not answer a shed button press");
            }
        }
        if shed.notice
            && let Some(chat) = shed.update.chat()
        {
            metrics::counter!("admission_notices_total").increment(1);
            // Noted before it is sent: after a crash between the two the chat has missed a
            // notice, rather than hear a second within the minute.
            if let Err(e) = self.db.note_flood_notice(chat.id).await {
                tracing::warn!(error = %e, "could not note a notice");
            }
            if let Err(e) = self.bot.send_message(chat.id, replies::slow_down(lang)).await {
                tracing::warn!(chat = chat.id.0, error = %e, "could not ask a chat to slow down");
            }
        }
    }

    /// A shed message that carries a secret is deleted all the same, as its handler would
    /// have; in a group its sender is told to replace it, as for any leak there.
    async fn delete_secret(&self, msg: &Message, lang: Lang) {
        let deleted = self.bot.delete_message(msg.chat.id, msg.id).await.is_ok();
        if msg.chat.is_private() {
            return;
        }
        let who = msg.from.as_ref().map(|u| match &u.username {
            Some(username) => format!("@{username}"),
            None => u.first_name.clone(),
        });
        let text = team::leaked(lang, clean_name(&who.unwrap_or_default()), deleted);
        if let Err(e) = self.bot.send_message(msg.chat.id, text).await {
            tracing::warn!(chat = msg.chat.id.0, error = %e, "could not warn about a leaked secret");
        }
    }

    /// The chat's language if it chose one, else its sender's, else English (as
    /// `App::lang_for`, which this layer does not reach).
    async fn lang(&self, update: &Update) -> Lang {
        if let Some(chat) = update.chat() {
            match self.db.chat_language(chat.id).await {
                Ok(Some(code)) => {
                    if let Some(lang) = Lang::negotiate(&code) {
                        return lang;
                    }
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "could not read the chat's language"),
            }
        }
        update
            .from()
            .and_then(|u| u.language_code.as_deref())
            .and_then(Lang::negotiate)
            .unwrap_or_default()
    }
}

/// Whether `msg` carries what looks like a secret (as `bot::team::leak` tells, without the
/// group's own key).
fn carries_secret(msg: &Message) -> bool {
    msg.text().or_else(|| msg.caption()).is_some_and(input::carries_secret)
}

/// Does not print the bot: its `Debug` would show the token.
impl std::fmt::Debug for Tell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tell").finish_non_exhaustive()
    }
}
