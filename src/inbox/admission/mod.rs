//! Per-chat admission: the dispatcher is never handed more from one chat than that chat's
//! worker takes at once, so its one loop never waits on a chat.
//!
//! teloxide's dispatcher runs each chat's updates one after another on a worker of its own,
//! behind a queue of 64, and its one loop waits whenever the queue it hands to is full; then
//! every chat waits. A chat's worker goes at the chat's reply pace (`crate::sender`: one
//! message a second in private, twenty a minute in a group), as each handler waits for its
//! replies to leave. A chat sending faster than that filled its queue and held all the others.
//!
//! Here each chat (the dispatcher's key: the chat, or the sender of a press on a message the
//! bot cannot see) has at most one update at the dispatcher. The next waits in the chat's
//! backlog until the inbox hears the first was handled ([`super::Inbox::handled`]). Polling,
//! the webhook and the replays at start all come through here ([`super::Feed`]).
//!
//! What a chat sends faster than its answers can leave is shed, in ways a person understands:
//! - a command or a button press that repeats what its sender last sent, still waiting in
//!   the backlog (same text or button), is folded into it: the waiting one answers both
//!   ("/start /cancel /start" is kept whole, as it means something else folded);
//! - past [`BACKLOG`] waiting updates, a new one is dropped;
//! - a shed button press is answered all the same, so its spinner stops; a dropped one with
//!   an alert saying it was not taken (a Confirm or a card action is never lost in silence);
//! - the chat hears at most one "slow down" notice per [`NOTICE_EVERY`], when something is
//!   dropped or repeats keep coming ([`FOLDS_BEFORE_NOTICE`]); when it went is stored, so a
//!   restart does not tell the chat again within the interval. It asks to send again what
//!   was skipped, which covers a wizard answer dropped in the same minute.
//!
//! A chat at a human pace has at most a few updates waiting, well under [`BACKLOG`]. Shed
//! updates are marked handled in the inbox, or they would be replayed at every start.
//!
//! Bounds: each chat's backlog holds [`BACKLOG`] (past it, drops as above); all chats
//! together hold [`MAX_HELD`] updates, at the dispatcher or waiting (past it, a new update is
//! dropped the same way, whatever its chat); the channel to the dispatcher holds at most one
//! update per chat, so [`MAX_HELD`] bounds it too. What users are told goes through the
//! bounded queue of [`Tell`] (past it, a notice or a press's answer is skipped and counted).

mod chats;
mod tell;
#[cfg(test)]
mod tests;

use std::{
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use teloxide::types::{ChatId, Update};
use tokio::sync::mpsc;

use self::chats::{Bounds, Chats, Shed};
pub use self::{
    chats::{BACKLOG, FOLDS_BEFORE_NOTICE, MAX_HELD, NOTICE_EVERY, STUCK},
    tell::{TELL_QUEUE, Tell},
};
use super::Inbox;

/// Admission in front of the dispatcher: it takes every readable update the feed has
/// (`super::Feed`) and hands each chat's to the dispatcher one at a time.
pub struct Admission {
    chats: Mutex<Chats>,
    dispatcher: mpsc::UnboundedSender<Update>,
    inbox: Arc<Inbox>,
    tell: mpsc::Sender<Shed>,
}

impl Admission {
    /// Admission handing to `dispatcher`, marking shed updates handled in `inbox` and telling
    /// their senders through `tell`, with the chats `noticed` how long ago (before a
    /// restart). `inbox` reports each handled update back to it.
    pub(super) fn open(
        inbox: &Arc<Inbox>,
        dispatcher: mpsc::UnboundedSender<Update>,
        tell: Tell,
        noticed: &[(ChatId, Duration)],
    ) -> Arc<Self> {
        let mut chats = Chats::new(Bounds::default());
        let now = Instant::now();
        for (chat, ago) in noticed {
            chats.noticed_at(chat.0, now.checked_sub(*ago).unwrap_or(now));
        }
        let chats = Mutex::new(chats);
        let admission =
            Arc::new(Self { chats, dispatcher, inbox: inbox.clone(), tell: tell.spawn() });
        inbox.report_to(&admission);
        admission
    }

    fn chats(&self) -> MutexGuard<'_, Chats> {
        self.chats.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes `update`: to the dispatcher now, into its chat's backlog, or shed. `false` when
    /// the dispatcher has stopped (what was not handled is replayed at the next start).
    pub(super) fn offer(&self, update: Update) -> bool {
        let shed = {
            let mut chats = self.chats();
            let offer = chats.offer(update, Instant::now());
            // Sent while the chats are locked, so a chat's updates reach the dispatcher in
            // the order they were decided.
            if let Some(update) = offer.dispatch {
                let _ = self.dispatcher.send(update);
            }
            offer.shed
        };
        if let Some(shed) = shed {
            self.shed(shed);
        }
        !self.dispatcher.is_closed()
    }

    /// Update `id` was handled: its chat's next, if one waits, goes to the dispatcher.
    pub(super) fn finished(&self, id: i64) {
        let mut chats = self.chats();
        if let Some(next) = chats.finished(id, Instant::now()) {
            let _ = self.dispatcher.send(next);
        }
    }

    /// Resolves once the dispatcher has stopped taking updates.
    pub(super) async fn closed(&self) {
        self.dispatcher.closed().await;
    }

    /// Marks a shed update handled (or it would be replayed at every start) and queues what
    /// its sender is told.
    fn shed(&self, shed: Shed) {
        let how = if shed.dropped { "dropped" } else { "folded" };
        metrics::counter!("admission_shed_total", "how" => how).increment(1);
        tracing::debug!(update_id = shed.update.id.0, how, "shed an update of a chat that floods");
        // Not through `Inbox::handled`, which would come back here for nothing.
        self.inbox.note_handled(i64::from(shed.update.id.0));
        if let Err(e) = self.tell.try_send(shed) {
            // The queue is full: this press's spinner stops by itself after a while, and the
            // chat will hear the notice with a later shed update.
            metrics::counter!("admission_tell_skipped_total").increment(1);
            tracing::warn!(error = %e, "too much to tell at once; skipped one");
        }
    }
}

/// Does not print the chats' updates.
impl std::fmt::Debug for Admission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Admission").finish_non_exhaustive()
    }
}
