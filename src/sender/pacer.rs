//! The waiting: one turn at a time per chat, the rate limiters, and resends after a 429.

use std::{
    collections::HashMap,
    hash::{DefaultHasher, Hash, Hasher},
    sync::{
        Arc, Mutex, MutexGuard,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, RateLimiter, clock::Clock};
use teloxide::{
    errors::AsResponseParameters,
    types::{ChatId, Recipient},
};
use tokio::sync::OwnedMutexGuard;

use super::limits::Limits;

/// How many times one request is resent after a 429 before its error is returned.
const MAX_RESENDS: u32 = 5;

/// Every this many sends, limiter state of chats that are idle again is dropped.
const TIDY_EVERY: u64 = 4096;

/// The chat a request goes to, as the limits and the per-chat order see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChatKey {
    /// A chat by id: positive for a private chat, negative for groups and channels.
    Id(i64),
    /// A channel by `@username` (hashed, so that the key stays cheap to copy).
    Channel(u64),
}

impl ChatKey {
    fn is_private(self) -> bool {
        matches!(self, Self::Id(id) if id > 0)
    }
}

impl From<&ChatId> for ChatKey {
    fn from(chat: &ChatId) -> Self {
        Self::Id(chat.0)
    }
}

impl From<&Recipient> for ChatKey {
    fn from(recipient: &Recipient) -> Self {
        match recipient {
            Recipient::Id(chat) => chat.into(),
            Recipient::ChannelUsername(name) => {
                let mut hasher = DefaultHasher::new();
                name.hash(&mut hasher);
                Self::Channel(hasher.finish())
            }
        }
    }
}

/// Shared by every clone of one [`Paced`](super::Paced) bot.
pub struct Pacer {
    private_chat: DefaultKeyedRateLimiter<ChatKey>,
    group: DefaultKeyedRateLimiter<ChatKey>,
    overall: DefaultDirectRateLimiter,
    /// Requests waiting for the overall limit take their turn in order (a fair queue, not a
    /// crowd retrying at the same instant).
    overall_queue: tokio::sync::Mutex<()>,
    /// One turn per chat with requests in progress; removed when the last one is done.
    turns: Mutex<HashMap<ChatKey, Arc<tokio::sync::Mutex<()>>>>,
    sends: AtomicU64,
}

impl Pacer {
    /// A pacer keeping to `limits`.
    pub fn new(limits: &Limits) -> Self {
        Self {
            private_chat: RateLimiter::keyed(limits.private_chat.quota()),
            group: RateLimiter::keyed(limits.group.quota()),
            overall: RateLimiter::direct(limits.overall.quota()),
            overall_queue: tokio::sync::Mutex::new(()),
            turns: Mutex::default(),
            sends: AtomicU64::new(0),
        }
    }

    /// Sends a request to `chat` by calling `attempt`, once the chat's earlier requests are
    /// done and the limits allow it; after a 429 waits `retry_after` and calls it again.
    ///
    /// Only a 429 is resent (up to [`MAX_RESENDS`] times); any other outcome, a timeout
    /// included, is returned as it is.
    pub async fn send<T, E, F, Fut>(&self, chat: ChatKey, mut attempt: F) -> Result<T, E>
    where
        E: AsResponseParameters,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut waiting = Waiting::start();
        let _turn = self.turn(chat).await;
        let mut resends = 0;
        loop {
            self.ready(chat).await;
            waiting.done();
            let result = attempt().await;
            let Some(after) = result.as_ref().err().and_then(AsResponseParameters::retry_after)
            else {
                return result;
            };
            if resends == MAX_RESENDS {
                tracing::warn!(?chat, resends, "still rate limited by Telegram; giving up");
                return result;
            }
            resends += 1;
            metrics::counter!("telegram_send_retries_total").increment(1);
            tracing::warn!(
                ?chat,
                seconds = after.seconds(),
                "rate limited by Telegram; resending after the wait"
            );
            waiting = Waiting::start();
            tokio::time::sleep(after.duration()).await;
        }
    }

    /// Waits for this chat's turn: every earlier request to it has been answered.
    async fn turn(&self, chat: ChatKey) -> Turn<'_> {
        let lock = self.lock_turns().entry(chat).or_default().clone();
        let mut turn = Turn { pacer: self, chat, lock: Some(lock.clone()), guard: None };
        turn.guard = Some(lock.lock_owned().await);
        turn
    }

    /// Waits until the chat's limit and then the overall limit allow one more request.
    async fn ready(&self, chat: ChatKey) {
        let per_chat = if chat.is_private() { &self.private_chat } else { &self.group };
        while let Err(not_until) = per_chat.check_key(&chat) {
            tokio::time::sleep(not_until.wait_time_from(per_chat.clock().now())).await;
        }
        {
            let _queue = self.overall_queue.lock().await;
            while let Err(not_until) = self.overall.check() {
                tokio::time::sleep(not_until.wait_time_from(self.overall.clock().now())).await;
            }
        }
        if self.sends.fetch_add(1, Ordering::Relaxed) % TIDY_EVERY == TIDY_EVERY - 1 {
            for limiter in [&self.private_chat, &self.group] {
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        }
    }

    fn lock_turns(&self) -> MutexGuard<'_, HashMap<ChatKey, Arc<tokio::sync::Mutex<()>>>> {
        self.turns.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A chat's turn, held from the moment a request queues for it until it is answered (or
/// dropped). Forgets the chat when no other request holds or waits for its turn.
struct Turn<'a> {
    pacer: &'a Pacer,
    chat: ChatKey,
    lock: Option<Arc<tokio::sync::Mutex<()>>>,
    guard: Option<OwnedMutexGuard<()>>,
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        self.guard.take();
        self.lock.take();
        let mut turns = self.pacer.lock_turns();
        if turns.get(&self.chat).is_some_and(|lock| Arc::strong_count(lock) == 1) {
            turns.remove(&self.chat);
        }
    }
}

/// A request waiting to be sent: counted in `telegram_send_queue_depth` until it goes out,
/// when its wait is observed in `telegram_send_wait_seconds`.
struct Waiting {
    since: Instant,
    counted: bool,
}

impl Waiting {
    fn start() -> Self {
        metrics::gauge!("telegram_send_queue_depth").increment(1.0);
        Self { since: Instant::now(), counted: true }
    }

    /// The request goes out now.
    fn done(&mut self) {
        if std::mem::replace(&mut self.counted, false) {
            metrics::gauge!("telegram_send_queue_depth").decrement(1.0);
            let waited: Duration = self.since.elapsed();
            metrics::histogram!("telegram_send_wait_seconds").record(waited.as_secs_f64());
        }
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        if self.counted {
            metrics::gauge!("telegram_send_queue_depth").decrement(1.0);
        }
    }
}
