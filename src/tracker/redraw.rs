//! Redraws of open cards, outside the tick. A tick that announces a status change only
//! records which assistant's card to redraw ([`Redraws::request`]); a worker of its own
//! ([`Tracker::draw`]) sends the edits. A tick's length so grows neither with the number of
//! cards open nor with a chat's pace (an edit to a group waits for the group's turn under
//! Telegram's limits; the tick does not wait with it).
//!
//! The queue holds assistants, not edits, and each at most once: a second change before the
//! redraw adds nothing, and the worker draws the card as it is stored when it gets there (the
//! latest status). A chat keeps one view per assistant (`Db::set_card_view`), so one request is
//! one edit per chat that shows the card.
//!
//! The queue is bounded ([`CAPACITY`] assistants). When it is full a request is dropped,
//! counted (`tracker_redraws_dropped_total`) and logged: the chat has its status notice
//! already, and the card shows the old status until it is refreshed or the next change is
//! drawn. Requests live in memory only, for the same reason: a crash costs a stale card,
//! never a notice.

use std::{
    collections::{HashSet, VecDeque},
    sync::Mutex,
};

use futures_util::StreamExt as _;
use teloxide::{prelude::*, types::MessageId};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::{CONCURRENCY, Tracker};
use crate::{
    present::{cards, watch},
    storage::StorageError,
};

/// How many assistants may wait for a redraw at once.
pub const CAPACITY: usize = 1024;

/// What came of a request to redraw an assistant's cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// Queued.
    Queued,
    /// Queued already, and not drawn yet: that redraw will show the latest status.
    Already,
    /// The queue is full: not redrawn.
    Dropped,
}

/// The assistants whose cards wait for a redraw, in the order they were asked for.
#[derive(Debug)]
pub struct Redraws {
    queue: Mutex<Queue>,
    capacity: usize,
    wake: Notify,
}

#[derive(Debug, Default)]
struct Queue {
    order: VecDeque<i64>,
    queued: HashSet<i64>,
}

impl Default for Redraws {
    fn default() -> Self {
        Self::with_capacity(CAPACITY)
    }
}

impl Redraws {
    /// A queue of at most `capacity` assistants.
    pub fn with_capacity(capacity: usize) -> Self {
        Self { queue: Mutex::default(), capacity, wake: Notify::new() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Asks for the cards of the assistant `handle` to be redrawn; never waits.
    pub fn request(&self, handle: i64) -> Requested {
        let mut queue = self.lock();
        if queue.queued.contains(&handle) {
            return Requested::Already;
        }
        if queue.order.len() >= self.capacity {
            drop(queue);
            metrics::counter!("tracker_redraws_dropped_total").increment(1);
            tracing::warn!(handle, "the redraw queue is full; a card keeps its old status");
            return Requested::Dropped;
        }
        queue.queued.insert(handle);
        queue.order.push_back(handle);
        drop(queue);
        self.wake.notify_one();
        Requested::Queued
    }

    /// How many assistants wait for a redraw.
    pub fn len(&self) -> usize {
        self.lock().order.len()
    }

    /// Whether none does.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The next assistant to redraw. It leaves the queue before it is drawn, so a change
    /// that comes while it is being drawn asks again.
    fn next(&self) -> Option<i64> {
        let mut queue = self.lock();
        let handle = queue.order.pop_front()?;
        queue.queued.remove(&handle);
        Some(handle)
    }
}

impl Tracker {
    /// The redraw worker: draws what is queued until `stop` is cancelled, a few assistants at
    /// a time, so that one slow chat does not hold the others' cards.
    pub async fn draw(self, stop: CancellationToken) {
        loop {
            self.draw_queued().await;
            tokio::select! {
                () = stop.cancelled() => return,
                () = self.redraws.wake.notified() => {}
            }
        }
    }

    /// Draws every card queued now (and what is queued meanwhile); returns how many
    /// assistants were drawn. Tests call it to run the worker's step by hand.
    pub async fn draw_queued(&self) -> usize {
        let queued = futures_util::stream::iter(std::iter::from_fn(|| self.redraws.next()));
        queued
            .map(|handle| async move {
                if let Err(e) = self.redraw(handle).await {
                    tracing::warn!(handle, error = %e, "redrawing a card failed");
                }
            })
            .buffer_unordered(CONCURRENCY)
            .count()
            .await
    }

    /// Redraws the message that shows the card of `handle` in each chat, as it is stored now.
    async fn redraw(&self, handle: i64) -> Result<(), StorageError> {
        for (chat, message) in self.app.db.card_views_of(handle).await? {
            let chat = ChatId(chat);
            let Some(known) = self.app.db.deployment_by_handle(chat, handle).await? else {
                continue;
            };
            let lang = self.app.chat_lang(chat).await;
            let card = (cards::card_text(lang, &known, None), cards::card_keyboard(lang, &known));
            let watch = self.app.db.watch_of(handle).await?;
            let now = crate::storage::unix_now();
            let (text, keyboard) = watch::watched_card(lang, &known, watch.as_ref(), card, now);
            let edit = self
                .bot
                .edit_message_text(chat, MessageId(message), text)
                .reply_markup(keyboard)
                .await;
            if let Err(e) = edit {
                // The message may be gone or too old to edit: stop redrawing it.
                tracing::debug!(chat = chat.0, message, error = %e, "could not redraw a card");
                self.app.db.set_card_view(chat, message, None).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_assistant_is_queued_once_and_a_full_queue_drops_the_request() {
        let redraws = Redraws::with_capacity(2);
        assert_eq!(redraws.request(1), Requested::Queued);
        assert_eq!(redraws.request(1), Requested::Already);
        assert_eq!(redraws.request(2), Requested::Queued);
        assert_eq!(redraws.request(3), Requested::Dropped);
        assert_eq!(redraws.len(), 2);
        assert_eq!(redraws.next(), Some(1));
        // Taken out to be drawn: a change now asks again.
        assert_eq!(redraws.request(1), Requested::Queued);
        assert_eq!((redraws.next(), redraws.next(), redraws.next()), (Some(2), Some(1), None));
        assert!(redraws.is_empty());
    }
}
