//! How updates come in: long polling or the webhook (the HTTP server, with the callback and
//! form routes beside it), and stopping the dispatcher that takes them.

use std::{sync::Arc, time::Duration};

use teloxide::{prelude::*, stop::StopToken};
use tokio::{net::TcpListener, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use super::{RunError, serve};
use crate::{
    app::TgBot,
    inbox::{self, Feed, Inbox, webhook::Delivery},
};

/// Stops the dispatcher once `stop` is cancelled. Ending the listener's stream is what stops
/// it; teloxide's shutdown signal alone can be missed while the dispatcher is between two
/// waits (its notify wakes only current waiters), and the poller makes the bot look up before
/// then.
pub(super) async fn stop_dispatching(
    stop: CancellationToken,
    intake: StopToken,
    dispatcher: teloxide::dispatching::ShutdownToken,
) {
    stop.cancelled().await;
    tracing::info!("shutting down: finishing the updates in flight");
    intake.stop();
    // The dispatcher refuses a shutdown until it has started; keep asking until it takes.
    loop {
        match dispatcher.shutdown() {
            Ok(done) => {
                done.await;
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Starts long polling (the leader only), from past every update stored.
pub(super) async fn poll(
    bot: &TgBot,
    inbox: &Arc<Inbox>,
    feed: Feed,
) -> Result<Listening, RunError> {
    inbox::registration::delete_if_set(bot.inner()).await;
    let offset = inbox.next_offset().await?;
    let poller = inbox::polling::spawn(bot.inner().clone(), inbox.clone(), feed, offset);
    tracing::info!("bot started (long polling)");
    Ok(Listening::Polling(poller))
}

/// The public HTTP server before it serves: its listener, the webhook's URL, and the
/// callback and form routes.
pub(super) struct Public {
    pub(super) listener: TcpListener,
    pub(super) url: url::Url,
    pub(super) routes: axum::Router,
}

impl Public {
    /// Serves Telegram's deliveries (stored, then handed on as `delivery` says) at the
    /// webhook URL's path, the other routes beside them; returns the server and that URL.
    pub(super) fn serve(
        self,
        secret: &str,
        inbox: &Arc<Inbox>,
        delivery: Delivery,
        stop: &CancellationToken,
    ) -> (JoinHandle<()>, url::Url) {
        // Our own route rather than teloxide's: it stores each update before it answers 200.
        // The webhook's secret token, checked on every update, is derived from the sealing
        // key, so every replica checks the same one; a stopping bot leaves the webhook to
        // the others.
        let hook =
            inbox::webhook::router(self.url.path(), secret.to_owned(), inbox.clone(), delivery);
        (serve(self.listener, hook.merge(self.routes), stop), self.url)
    }
}

/// Registers the webhook (the leader, when it starts leading): `Listening::Stopped` when
/// the bot was asked to stop before Telegram took it.
pub(super) async fn register(
    bot: &TgBot,
    url: &url::Url,
    secret: &str,
    server: JoinHandle<()>,
    stop: &CancellationToken,
) -> Result<Listening, RunError> {
    if !register_webhook(bot.inner(), url, secret, stop).await? {
        return Ok(Listening::Stopped(Some(server)));
    }
    let since = crate::storage::unix_now();
    let keeping = keep_registered(bot.inner().clone(), url.clone(), secret.to_owned(), since);
    let stopped = stop.clone();
    tokio::spawn(async move {
        tokio::select! {
            () = stopped.cancelled() => {}
            () = keeping => {}
        }
    });
    tracing::info!("bot started (webhook)");
    Ok(Listening::Webhook(server))
}

/// How often the leader asks Telegram whether its webhook still stands.
const CHECK_WEBHOOK_EVERY: Duration = Duration::from_secs(60);

/// Asks Telegram about the webhook every [`CHECK_WEBHOOK_EVERY`] while this replica leads,
/// and registers it again when deliveries were refused for their secret since `since` (a new
/// `ENCRYPTION_KEY` after `rotate-key`: the webhook found in place at the start still has the
/// old secret) or it was changed or removed.
async fn keep_registered(bot: Bot, url: url::Url, secret: String, mut since: i64) {
    loop {
        tokio::time::sleep(CHECK_WEBHOOK_EVERY).await;
        match inbox::registration::ensure_registered(&bot, &url, &secret, Some(since)).await {
            Ok(Some(_)) => since = crate::storage::unix_now(),
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "could not check the webhook"),
        }
    }
}

/// How updates reach the dispatcher: polling has a task to stop, a webhook a server (stopped
/// by the token; the registration stays, for the other replicas and the next start), and a
/// bot stopped before its webhook was registered dispatches nothing (and shuts down the same
/// way).
pub(super) enum Listening {
    Polling(JoinHandle<()>),
    Webhook(JoinHandle<()>),
    /// Stopped before updates were taken (with the webhook's server, if it runs).
    Stopped(Option<JoinHandle<()>>),
}

impl Listening {
    /// Ends the way updates came; returns the server still to wait for.
    pub(super) async fn close(self) -> Option<JoinHandle<()>> {
        match self {
            // It stops by itself once the dispatcher drops the listener; this is for a
            // dispatcher that never started.
            Self::Polling(poller) => {
                poller.abort();
                let _ = poller.await;
                None
            }
            // Never deleteWebhook here: the other replicas still serve it, and Telegram keeps
            // what arrives meanwhile for the next start.
            Self::Webhook(server) => Some(server),
            Self::Stopped(server) => server,
        }
    }
}

/// Registers the webhook if Telegram's record of it needs it (`ensure_registered`: a leader
/// taking over from another finds it in place), retrying with start-up's growing pause ([`crate::startup::backoff`], one
/// log line each) while Telegram cannot be reached or asks to wait. `false` when the bot was
/// asked to stop meanwhile; a refusal (a bad URL, say) is an error at once.
async fn register_webhook(
    bot: &Bot,
    url: &url::Url,
    secret: &str,
    stop: &CancellationToken,
) -> Result<bool, RunError> {
    let mut failures = 0u32;
    loop {
        let ensured = inbox::registration::ensure_registered(bot, url, secret, None).await;
        let (error, at_least) = match ensured {
            Ok(_) => return Ok(true),
            Err(e @ teloxide::RequestError::RetryAfter(after)) => (e, after.duration()),
            Err(
                e @ (teloxide::RequestError::Network(_)
                | teloxide::RequestError::Io(_)
                | teloxide::RequestError::InvalidJson { .. }),
            ) => (e, Duration::ZERO),
            Err(e) => return Err(RunError::Webhook(e.to_string())),
        };
        failures += 1;
        let wait =
            crate::startup::backoff(crate::startup::FIRST_RETRY_DELAY, failures).max(at_least);
        let retry_in = humantime::format_duration(wait);
        tracing::warn!(error = %error, %retry_in, "could not register the webhook; retrying");
        tokio::select! {
            () = stop.cancelled() => return Ok(false),
            () = tokio::time::sleep(wait) => {}
        }
    }
}
