//! The tracker: a background task that watches what changes without the user doing anything.
//!
//! Every interval it looks at two things, both read from the database so a restart resumes
//! where the last process stopped:
//! - [`payments`]: slots bought by a wizard and waiting for checkout. When the payment shows,
//!   the slot is activated with the wizard's sealed answers. `payment_wait` ends a wait
//!   whose checks keep failing.
//! - [`status`]: deployments in flight. When their status changes, the chat is told, and
//!   the card the chat has open is queued for a redraw.
//! - [`watch`]: live assistants' own bots, asked getWebhookInfo every watch interval. When
//!   one seems silent or its token is refused, its owner is told once.
//!
//! Beside them, [`live`] checks live assistants every `WATCH_INTERVAL` (one list call per API
//! key) and tells a chat once when one changed after it went live.
//!
//! [`redraw`] is a worker beside the loop that sends those redraws, so a tick never waits on
//! a chat's edits.
//! [`delivery`] sorts failed sends into "never again" and "later". The tracker uses `service`
//! and `present`, never the bot's handlers. The loop never dies on one item's error: it logs,
//! backs off that item, and the next tick goes on.

pub mod delivery;
pub mod live;
mod payment_wait;
pub mod payments;
pub mod redraw;
pub mod status;
pub mod watch;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use futures_util::StreamExt as _;
use rand::Rng as _;
use tokio_util::sync::CancellationToken;

use crate::{
    app::{App, TgBot},
    storage::{StorageError, deployments::KnownDeployment},
};

/// How many deployments are polled at once.
const CONCURRENCY: usize = 8;
/// The longest wait after repeated errors for one item.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// Per-item backoff after errors, so an outage costs a few calls per item, not one per tick.
#[derive(Debug, Default)]
pub struct Backoff {
    items: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Backoff {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (u32, Instant)>> {
        self.items.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `key` may be tried now.
    pub fn ready(&self, key: &str) -> bool {
        self.lock().get(key).is_none_or(|(_, until)| *until <= Instant::now())
    }

    /// Records a failure: the wait doubles from `base`, up to five minutes. Returns how many
    /// failures in a row `key` has had.
    pub fn failed(&self, key: &str, base: Duration) -> u32 {
        let mut items = self.lock();
        let failures = items.get(key).map_or(1, |(n, _)| n + 1);
        let wait = base.saturating_mul(2u32.saturating_pow(failures.min(16))).min(MAX_BACKOFF);
        items.insert(key.to_owned(), (failures, Instant::now() + wait));
        failures
    }

    /// Records a success.
    pub fn succeeded(&self, key: &str) {
        self.lock().remove(key);
    }
}

/// The tracker: the app, Telegram for notices, and its backoff. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Tracker {
    /// The shared context.
    pub app: App,
    /// Telegram, for notices.
    pub bot: TgBot,
    /// Waits after errors, per item.
    pub backoff: Arc<Backoff>,
    /// The cards waiting for a redraw (drawn by [`Tracker::draw`], not by the tick).
    pub redraws: Arc<redraw::Redraws>,
    /// Held for a whole tick: a tick run from outside the loop (a test's) waits for the loop's
    /// tick in flight instead of sending its notices a second time.
    ticking: Arc<tokio::sync::Mutex<()>>,
    /// The cap on the assistants' bots' checks per second, across ticks.
    watch_pace: Arc<watch::WatchPace>,
}

impl Tracker {
    /// A tracker for `app`, sending through `bot`.
    pub fn new(app: App, bot: TgBot) -> Self {
        Self {
            app,
            bot,
            backoff: Arc::default(),
            redraws: Arc::default(),
            ticking: Arc::default(),
            watch_pace: Arc::default(),
        }
    }

    fn interval(&self) -> Duration {
        self.app.timing.poll_interval
    }

    /// Runs the tracker until `stop` is cancelled, restarting it (after a growing pause) should
    /// it ever end by a panic; `/healthz` reports it down meanwhile. No input is meant to panic
    /// it, but a tracker that silently died would stop every notice and payment.
    pub async fn supervise(self, stop: CancellationToken) {
        // Its loop logs each card's failure and goes on; it ends with `stop`.
        tokio::spawn(self.clone().draw(stop.clone()));
        tokio::spawn(self.clone().keep_watching(stop.clone()));
        let mut pause = Duration::from_secs(1);
        loop {
            self.app.health.set_tracker_up(true);
            let ended = tokio::spawn(self.clone().run(stop.clone())).await;
            match ended {
                Ok(()) => return,
                Err(e) => {
                    self.app.health.set_tracker_up(false);
                    metrics::counter!("tracker_restarts_total").increment(1);
                    tracing::error!(error = %e, pause_s = pause.as_secs(), "the tracker died; restarting it");
                }
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(pause) => {}
            }
            pause = (pause * 2).min(MAX_BACKOFF);
        }
    }

    /// Runs the watch of live assistants until `stop` is cancelled, restarting it after a
    /// growing pause should it end by a panic.
    async fn keep_watching(self, stop: CancellationToken) {
        let mut pause = Duration::from_secs(1);
        loop {
            match tokio::spawn(self.clone().watch(stop.clone())).await {
                Ok(()) => return,
                Err(e) => {
                    metrics::counter!("watch_restarts_total").increment(1);
                    tracing::error!(error = %e, pause_s = pause.as_secs(), "the watch died; restarting it");
                }
            }
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(pause) => {}
            }
            pause = (pause * 2).min(MAX_BACKOFF);
        }
    }

    /// Ticks until `stop` is cancelled.
    pub async fn run(self, stop: CancellationToken) {
        match self.app.db.release_all_claims().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(claims = n, "released activation claims left by the last run"),
            Err(e) => tracing::warn!(error = %e, "could not release old activation claims"),
        }
        loop {
            if let Err(e) = self.tick().await {
                metrics::counter!("tracker_errors_total").increment(1);
                tracing::warn!(error = %e, "tracker tick failed");
            }
            // Jitter keeps many bots (or restarts) from polling in lockstep.
            let interval = self.interval();
            let jitter = rand::thread_rng().gen_range(0..=interval.as_millis() as u64 / 10);
            tokio::select! {
                () = stop.cancelled() => break,
                () = tokio::time::sleep(interval + Duration::from_millis(jitter)) => {}
            }
        }
    }

    /// One pass over payments and deployments in flight, and the housekeeping of what
    /// expires (idle conversations).
    pub async fn tick(&self) -> Result<(), StorageError> {
        let _one_at_a_time = self.ticking.lock().await;
        let expired = self.app.dialogues.sweep().await?;
        if expired > 0 {
            tracing::debug!(expired, "expired idle conversations");
        }
        let pending = self.app.db.pending_activations().await?;
        let pending_count = pending.len();
        futures_util::stream::iter(
            pending.into_iter().filter(|p| self.backoff.ready(&p.deployment_id)),
        )
        .for_each_concurrent(CONCURRENCY, |p| async move { self.check_payment(p).await })
        .await;
        let tracked = self.app.db.deployments_to_poll().await?;
        metrics::gauge!("tracker_deployments_tracked").set(tracked.len() as f64);
        metrics::gauge!("tracker_payments_awaited").set(pending_count as f64);
        futures_util::stream::iter(tracked.into_iter().filter(|d| {
            self.backoff.ready(&d.deployment_id)
                && self.backoff.ready(&status::notice_key(d.handle))
        }))
        .for_each_concurrent(CONCURRENCY, |d| async move { self.check_deployment(d, false).await })
        .await;
        self.watch_bots().await
    }

    /// Fetches one deployment's status now, whatever its state (a callback said it changed).
    pub async fn check_now(&self, known: KnownDeployment) {
        self.check_deployment(known, true).await;
    }
}
