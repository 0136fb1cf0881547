//! The durable update inbox: no user action is lost to a crash.
//!
//! teloxide's own listeners tell Telegram an update arrived (the next getUpdates offset, the
//! webhook's 200) before the dispatcher handled it, so a crash dropped whatever was in flight.
//! Here every update is stored (sealed) first and only then acknowledged; the handler tree marks
//! it handled when it is done (`bot::failure::reporting`); at start the updates left unhandled
//! are fed to the dispatcher again, in order, before any new one.
//!
//! - [`Inbox`]: the store's front: accepts batches (with a cap), marks, replays, prunes.
//! - [`Intake`]: the update listener the dispatcher runs on, fed through a channel.
//! - [`Feed`]: what listeners send to; updates of a kind teloxide cannot read (a managed
//!   bot's, `crate::managed_bots`) go to a [`Lane`] of their own, since the dispatcher would
//!   drop them. The others pass [`admission`] first: each chat's reach the dispatcher one at
//!   a time, and a chat that floods is shed, so no chat's backlog holds up another's.
//! - [`polling`]: the getUpdates loop. [`webhook`]: the axum route Telegram posts to.
//!
//! A replay can meet an update whose state change was applied before the crash but whose
//! handled mark was not written: the chat's applied id (`storage::inbox`) tells, and the
//! handlers skip it (`bot::replay`).

pub mod admission;
mod collect;
pub mod polling;
mod read;
pub mod registration;
pub mod webhook;

use std::{
    collections::HashSet,
    convert::Infallible,
    sync::{
        Arc, Mutex, Weak,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use futures_util::stream::{self, BoxStream};
use teloxide::{
    stop::{StopToken, mk_stop_token},
    types::{Update, UpdateKind},
    update_listeners::{AsUpdateStream, UpdateListener},
};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use self::admission::{Admission, Tell};
use self::read::read;
use crate::storage::{Db, StorageError};

/// The update kinds the handler tree uses; asked for explicitly (getUpdates, setWebhook),
/// since neither `chat_member` nor `managed_bot` is among Telegram's defaults. Strings, as
/// teloxide's `AllowedUpdate` has no `managed_bot`.
pub const ALLOWED_UPDATES: [&str; 5] = [
    "message",
    "edited_message",
    "callback_query",
    "chat_member",
    crate::managed_bots::UPDATE_KIND,
];

/// The most updates the inbox holds; past it new ones are refused (Telegram keeps them and
/// sends them again) until handled ones can be pruned.
pub const CAPACITY: i64 = 100_000;

/// How long a handled update is kept (to recognise Telegram delivering it again).
pub const KEEP_HANDLED: Duration = Duration::from_secs(24 * 60 * 60);

/// Why a batch was not accepted.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    /// The inbox holds [`CAPACITY`] updates not yet handled.
    #[error("the update inbox is full ({0} updates)")]
    Full(i64),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The inbox as the listeners and the handler tree share it.
#[derive(Debug)]
pub struct Inbox {
    db: Db,
    /// Rows in the table, kept in memory so the cap costs no count per update (this process
    /// is the database's only writer: `dblock`).
    rows: AtomicI64,
    /// Ids of the updates being replayed: only these can have been applied already.
    replays: Mutex<HashSet<i64>>,
    /// Updates handled and not yet marked so in the table: written together every
    /// [`MARK_EVERY`] (one write for many updates rather than one each).
    handled: Mutex<Vec<i64>>,
    capacity: i64,
    /// Told of each handled update, to hand its chat's next to the dispatcher.
    admission: Mutex<Weak<Admission>>,
    /// Updates handed to the dispatcher whose handled mark is not written yet: what the
    /// leader's look for other replicas' updates must not hand on again (`collect`).
    fed: Mutex<HashSet<i64>>,
}

/// How often handled marks are written. A crash loses at most this much of them: those
/// updates are replayed, where the applied ids keep state changes from repeating and at
/// worst a question or an answer is sent twice.
pub const MARK_EVERY: Duration = Duration::from_millis(100);

impl Inbox {
    /// The inbox over `db`, holding at most [`CAPACITY`] updates.
    pub fn new(db: Db) -> Arc<Self> {
        Self::with_capacity(db, CAPACITY)
    }

    /// The inbox over `db`, holding at most `capacity` updates (tests).
    pub fn with_capacity(db: Db, capacity: i64) -> Arc<Self> {
        let (replays, handled) = (Mutex::default(), Mutex::default());
        let admission = Mutex::new(Weak::new());
        let fed = Mutex::default();
        Arc::new(Self { db, rows: AtomicI64::new(0), replays, handled, capacity, admission, fed })
    }

    fn replays(&self) -> std::sync::MutexGuard<'_, HashSet<i64>> {
        self.replays.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stores `batch` (each update's raw JSON, as Telegram sent it) in one transaction and
    /// returns the updates to handle: the new ones, read once here. One Telegram sends again
    /// is not handed out twice (it is handled, or among the replays); one that does not parse
    /// is logged and marked handled, as the dispatcher would drop it.
    pub async fn accept(&self, batch: &[&str]) -> Result<Accepted, InboxError> {
        let read: Vec<(i64, &str, Option<Update>)> = batch
            .iter()
            .filter_map(|raw| {
                let (id, update) = read(raw)?;
                Some((id, *raw, update))
            })
            .collect();
        let last = read.iter().map(|(id, ..)| *id).max();
        if read.is_empty() {
            return Ok(Accepted { updates: Vec::new(), last });
        }
        self.make_room(read.len() as i64).await?;
        let bodies: Vec<(i64, &str)> = read.iter().map(|(id, raw, _)| (*id, *raw)).collect();
        let fresh = self.db.store_updates(&bodies).await?;
        let mut updates = Vec::with_capacity(read.len());
        for ((id, _, update), new) in read.into_iter().zip(fresh) {
            if !new {
                continue;
            }
            self.rows.fetch_add(1, Ordering::Relaxed);
            match update {
                Some(update) => updates.push(update),
                // Nothing can read it: marked with the rest, which cannot fail and lose the
                // batch that was just stored.
                None => self.note_handled(id),
            }
        }
        Ok(Accepted { updates, last })
    }

    /// Makes sure `more` updates fit, pruning handled ones when the cap is near.
    async fn make_room(&self, more: i64) -> Result<(), InboxError> {
        if self.rows.load(Ordering::Relaxed) + more <= self.capacity {
            return Ok(());
        }
        // Other replicas store and prune too: count again before pruning what is handled.
        self.rows.store(self.db.inbox_len().await?, Ordering::Relaxed);
        if self.rows.load(Ordering::Relaxed) + more <= self.capacity {
            return Ok(());
        }
        self.prune(Duration::ZERO).await?;
        let rows = self.rows.load(Ordering::Relaxed);
        if rows + more <= self.capacity {
            return Ok(());
        }
        metrics::counter!("inbox_full_total").increment(1);
        tracing::error!(
            rows,
            capacity = self.capacity,
            "the update inbox is full; refusing updates until handled ones can be pruned"
        );
        Err(InboxError::Full(rows))
    }

    /// Notes update `id` handled; [`Self::mark_until`] writes it (and drops its body, which
    /// may carry a secret) within [`MARK_EVERY`]. Admission hands the chat's next one on.
    pub fn handled(&self, id: i64) {
        self.note_handled(id);
        let admission = self.admission.lock().unwrap_or_else(|p| p.into_inner()).upgrade();
        if let Some(admission) = admission {
            admission.finished(id);
        }
    }

    /// Notes update `id` handled, without telling admission (it shed it, or never had it).
    fn note_handled(&self, id: i64) {
        self.replays().remove(&id);
        self.handled.lock().unwrap_or_else(|p| p.into_inner()).push(id);
    }

    /// Tells `admission` of every update handled from now on.
    fn report_to(&self, admission: &Arc<Admission>) {
        *self.admission.lock().unwrap_or_else(|p| p.into_inner()) = Arc::downgrade(admission);
    }

    /// Writes the handled marks noted so far, in one statement.
    pub async fn write_marks(&self) {
        let ids = std::mem::take(&mut *self.handled.lock().unwrap_or_else(|p| p.into_inner()));
        if ids.is_empty() {
            return;
        }
        // SQLite takes a bounded number of parameters per statement.
        for chunk in ids.chunks(500) {
            match self.db.mark_updates_handled(chunk).await {
                Ok(()) => self.marked(chunk),
                // Replayed after a restart, where the applied ids keep them harmless.
                Err(e) => {
                    tracing::error!(count = chunk.len(), error = %e, "could not mark updates handled")
                }
            }
        }
    }

    /// Writes handled marks every [`MARK_EVERY`] until `stop` is cancelled, then once more.
    /// Handlers still running then mark later: whoever stops the bot writes the marks again
    /// once they are done.
    pub async fn mark_until(self: Arc<Self>, stop: CancellationToken) {
        loop {
            self.write_marks().await;
            tokio::select! {
                () = stop.cancelled() => break,
                () = tokio::time::sleep(MARK_EVERY) => {}
            }
        }
        self.write_marks().await;
    }

    /// Counts the rows for the cap afresh (every replica at start: the others store too).
    pub async fn recount(&self) -> Result<(), StorageError> {
        self.rows.store(self.db.inbox_len().await?, Ordering::Relaxed);
        Ok(())
    }

    /// Whether update `id` is a replay of one stored before this process started.
    pub fn is_replay(&self, id: i64) -> bool {
        self.replays().contains(&id)
    }

    /// The updates left unhandled by the last run, oldest first, remembered as replays. Also
    /// counts the rows for the cap. Called once, before new updates are taken.
    pub async fn take_replays(&self) -> Result<Vec<Update>, StorageError> {
        self.rows.store(self.db.inbox_len().await?, Ordering::Relaxed);
        let pending = self.db.unhandled_updates().await?;
        let mut updates = Vec::with_capacity(pending.len());
        for stored in pending {
            match read(&stored.body).and_then(|(_, update)| update) {
                Some(update) => updates.push(update),
                None => self.note_handled(stored.update_id),
            }
        }
        self.replays().extend(updates.iter().map(|u| i64::from(u.id.0)));
        self.note_fed(updates.iter().map(|u| i64::from(u.id.0)));
        Ok(updates)
    }

    /// The offset polling starts from: past every update stored, so Telegram does not send
    /// again what is already safe here.
    pub async fn next_offset(&self) -> Result<i32, StorageError> {
        let last = self.db.last_stored_update().await?;
        Ok(last.map_or(0, |id| i32::try_from(id + 1).unwrap_or(0)))
    }

    /// Deletes updates handled at least `age` ago. Returns how many went.
    pub async fn prune(&self, age: Duration) -> Result<u64, StorageError> {
        let gone = self.db.prune_handled_updates(age.as_secs() as i64).await?;
        self.rows.fetch_sub(gone as i64, Ordering::Relaxed);
        Ok(gone)
    }

    /// Prunes handled updates older than [`KEEP_HANDLED`] now and every hour, until `stop` is
    /// cancelled.
    pub async fn prune_until(self: Arc<Self>, stop: CancellationToken) {
        loop {
            match self.prune(KEEP_HANDLED).await {
                Ok(0) => {}
                Ok(gone) => tracing::debug!(gone, "pruned handled updates"),
                Err(e) => tracing::warn!(error = %e, "could not prune the update inbox"),
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(Duration::from_secs(60 * 60)) => {}
            }
        }
    }
}

/// What [`Inbox::accept`] took from a batch.
#[derive(Debug)]
pub struct Accepted {
    /// The new updates, to handle.
    pub updates: Vec<Update>,
    /// The highest update id in the batch (stored or not), for the next getUpdates offset.
    pub last: Option<i64>,
}

/// Where stored updates go to be handled: through [`Admission`] to the dispatcher's
/// [`Intake`], or, for an update teloxide cannot read (`UpdateKind::Error`, which the
/// dispatcher drops), to the [`Lane`] (unbounded: a managed bot's updates, never a flood).
#[derive(Debug, Clone)]
pub struct Feed {
    dispatcher: Arc<Admission>,
    lane: mpsc::UnboundedSender<Update>,
}

impl Feed {
    /// Hands `update` on (or sheds it: [`admission`]); `false` when its receiver has stopped
    /// (it stays unhandled, so it is replayed at the next start).
    pub fn send(&self, update: Update) -> bool {
        match update.kind {
            UpdateKind::Error(_) => self.lane.send(update).is_ok(),
            _ => self.dispatcher.offer(update),
        }
    }

    /// Resolves once the dispatcher has stopped taking updates.
    pub async fn closed(&self) {
        self.dispatcher.closed().await;
    }
}

/// The updates teloxide cannot read, in the order they were stored, for `bot::lane`.
pub type Lane = mpsc::UnboundedReceiver<Update>;

/// The dispatcher's update listener: what the feed sends, until the dispatcher stops it.
/// Updates still in the channel then are not lost: they are unhandled, so replayed next time.
pub struct Intake {
    updates: Option<mpsc::UnboundedReceiver<Update>>,
    token: StopToken,
    flag: Option<teloxide::stop::StopFlag>,
}

impl Intake {
    /// A listener, its feed and the lane beside it, with the updates `inbox` left unhandled
    /// already offered (in order, through admission like any other) ahead of anything the
    /// feed sends later. Shed updates' senders are told through `tell`. (The channel to the
    /// dispatcher is unbounded; admission bounds it: [`admission::MAX_HELD`].)
    pub async fn open(inbox: &Arc<Inbox>, tell: Tell) -> Result<(Self, Feed, Lane), StorageError> {
        let (dispatcher, updates) = mpsc::unbounded_channel();
        let (lane, unreadable) = mpsc::unbounded_channel();
        let noticed = inbox.db.recent_flood_notices(admission::NOTICE_EVERY).await?;
        let feed = Feed { dispatcher: Admission::open(inbox, dispatcher, tell, &noticed), lane };
        let replays = inbox.take_replays().await?;
        if !replays.is_empty() {
            tracing::info!(count = replays.len(), "replaying updates left unhandled");
        }
        for update in replays {
            // The receiver is right here: the send cannot fail.
            feed.send(update);
        }
        let (token, flag) = mk_stop_token();
        Ok((Self { updates: Some(updates), token, flag: Some(flag) }, feed, unreadable))
    }
}

impl UpdateListener for Intake {
    type Err = Infallible;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }
}

impl<'a> AsUpdateStream<'a> for Intake {
    type StreamErr = Infallible;
    type Stream = BoxStream<'a, Result<Update, Infallible>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let (Some(updates), Some(flag)) = (self.updates.take(), self.flag.take()) else {
            // A second call: the first stream owns the channel.
            return Box::pin(stream::empty());
        };
        Box::pin(stream::unfold((updates, flag), |(mut updates, mut flag)| async move {
            tokio::select! {
                biased;
                () = &mut flag => None,
                update = updates.recv() => update.map(|u| (Ok(u), (updates, flag))),
            }
        }))
    }
}
