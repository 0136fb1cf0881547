//! The tracker: a background task that watches what changes without the user doing anything.
//!
//! Every interval it looks at two things, both read from the database so a restart resumes
//! where the last process stopped:
//! - [`payments`]: slots bought by a wizard and waiting for checkout. When the payment shows,
//!   the slot is activated with the wizard's sealed answers.
//! - [`notices`]: deployments in flight. When their status changes, the chat is told.
//!
//! The loop never dies on one item's error: it logs, and the next tick tries again.

pub mod notices;
pub mod payments;

use std::{sync::Arc, time::Duration};

use futures_util::StreamExt as _;
use rand::Rng as _;
use tokio::sync::watch;

use crate::{
    api::ApiClient,
    bot::{TgBot, dialogue::State},
    storage::{Storage, StorageError, dialogues::DialogueStore},
};

/// How many deployments are polled at once.
const CONCURRENCY: usize = 8;

/// Everything the tracker needs. Cheap to clone.
#[derive(Clone)]
pub struct Tracker {
    /// Storage.
    pub storage: Storage,
    /// The Assistants API.
    pub api: ApiClient,
    /// Telegram, for notices.
    pub bot: TgBot,
    /// Where reopened wizards are stored.
    pub dialogues: Arc<DialogueStore<State>>,
    /// Time between ticks.
    pub interval: Duration,
    /// How long a wizard's slot waits for payment before the bot gives up waiting.
    pub payment_timeout: Duration,
}

impl Tracker {
    /// Ticks until `stop` turns true.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        match self.storage.release_all_claims().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(claims = n, "released activation claims left by the last run"),
            Err(e) => tracing::warn!(error = %e, "could not release old activation claims"),
        }
        loop {
            if let Err(e) = self.tick().await {
                tracing::warn!(error = %e, "tracker tick failed");
            }
            // Jitter keeps many bots (or restarts) from polling in lockstep.
            let jitter = rand::thread_rng().gen_range(0..=self.interval.as_millis() as u64 / 10);
            tokio::select! {
                _ = stop.wait_for(|stopped| *stopped) => break,
                () = tokio::time::sleep(self.interval + Duration::from_millis(jitter)) => {}
            }
        }
    }

    /// One pass over payments and deployments in flight.
    pub async fn tick(&self) -> Result<(), StorageError> {
        let pending = self.storage.pending_activations().await?;
        futures_util::stream::iter(pending)
            .for_each_concurrent(CONCURRENCY, |p| async move { self.check_payment(p).await })
            .await;
        let tracked = self.storage.deployments_to_poll().await?;
        futures_util::stream::iter(tracked)
            .for_each_concurrent(CONCURRENCY, |d| async move { self.check_deployment(d).await })
            .await;
        Ok(())
    }
}
