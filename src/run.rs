//! Running the bot: open storage, build the [`App`], then serve updates (long polling or
//! webhook, both through the durable [`inbox`]), the tracker and the HTTP servers until the
//! shutdown signal, and stop cleanly.

use std::{net::SocketAddr, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{prelude::*, update_listeners::UpdateListener as _};

use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    app::{App, Timing},
    bot,
    config::{Config, Public},
    inbox::{self, Intake},
    sender::{Limits, Paced},
    storage::{Db, StorageError},
    tracker::Tracker,
};

/// Why the bot could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Storage could not be opened (including key problems).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The API client could not be built.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// Telegram failed the dispatcher's first call.
    #[error("Telegram could not be reached at start: {0}")]
    Telegram(teloxide::RequestError),
    /// The webhook could not be set up.
    #[error("could not set up the Telegram webhook: {0}")]
    Webhook(String),
    /// The HTTP server could not listen.
    #[error("cannot listen on LISTEN_ADDR {addr}: {source}")]
    Listen {
        /// The address.
        addr: std::net::SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// Settings of a run that are not part of the user-facing configuration.
#[derive(Debug, Default)]
pub struct Tuning {
    /// The limits outgoing messages keep to (Telegram's own by default).
    pub limits: Limits,
    /// Timeouts and retries of the Assistants API client.
    pub api: ClientOptions,
    /// How long a conversation may sit idle (default: [`Timing::DIALOGUE_IDLE`]).
    pub dialogue_idle: Option<Duration>,
    /// How many updates a sender may send in one chat at once, then how often one more
    /// (default: `service::flood`'s; a benchmark driving one chat hard lifts it).
    pub flood: Option<(u32, Duration)>,
    /// Told the address the HTTP server bound (`LISTEN_ADDR` may name port 0).
    pub listening: Option<tokio::sync::oneshot::Sender<SocketAddr>>,
    /// Told the address the metrics server bound (`METRICS_ADDR` may name port 0).
    pub metrics_listening: Option<tokio::sync::oneshot::Sender<SocketAddr>>,
}

/// Opens storage, builds the bot and serves updates until `shutdown` resolves.
///
/// With `PUBLIC_URL`, updates arrive by webhook on the same HTTP server as the deployment
/// callbacks and the secure form; otherwise by long polling. On shutdown the bot stops taking
/// updates, lets the handlers in flight finish, stops the tracker and the servers, and closes
/// the database.
pub async fn run(
    config: Config,
    tuning: Tuning,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let db = Db::open(config.database.clone(), &config.key).await?;
    let api = ApiClient::new(config.assistants_api_url.clone(), tuning.api.clone())?;
    // One HTTP client for the bot and for checking other bots' tokens.
    let client = teloxide::net::default_reqwest_settings()
        .build()
        .map_err(|e| RunError::Webhook(format!("cannot build the HTTP client: {e}")))?;
    let bot = Paced::new(
        Bot::with_client(config.token.expose_secret(), client.clone())
            .set_api_url(config.telegram_api_url.clone()),
        tuning.limits,
    );
    let defaults = Timing::new(config.poll_interval, config.payment_timeout);
    let timing = Timing {
        dialogue_idle: tuning.dialogue_idle.unwrap_or(defaults.dialogue_idle),
        flood: tuning.flood.unwrap_or(defaults.flood),
        ..defaults
    };
    let telegram = (config.telegram_api_url.clone(), client);
    let app = App::assemble(
        db.clone(),
        api,
        telegram,
        config.public.as_ref().map(|p| p.url.clone()),
        timing,
    );
    let health = app.health.clone();
    if bot::commands::register(&bot).await {
        health.telegram_ok();
    }

    let (stop_background, background_stopped) = tokio::sync::watch::channel(false);
    let tracker = Tracker::new(app.clone(), bot.clone());
    let mut servers = Vec::new();
    if let Some(addr) = config.metrics_addr {
        let listener = bind(addr).await?;
        if let Some(tell) = tuning.metrics_listening {
            let _ = tell
                .send(listener.local_addr().map_err(|source| RunError::Listen { addr, source })?);
        }
        let stopped = background_stopped.clone();
        servers.push(serve(listener, crate::ops::router(health), wait_true(stopped)));
    }

    let inbox = app.inbox.clone();
    // The secure form hands secrets to the conversations the dispatcher runs.
    let form = crate::webapp::router(app.clone(), bot.clone(), &config.token);
    let lane_app = app.clone();
    let mut dispatcher = bot::dispatcher(bot.clone(), app);

    // What the last run left unhandled goes to the dispatcher (or the lane beside it, for
    // what teloxide cannot read) first, in order.
    let (mut intake, feed, lane) =
        Intake::open(&inbox, inbox::admission::Tell::new(bot.clone(), db.clone())).await?;
    let intake_stop = intake.stop_token();
    let token = dispatcher.shutdown_token();
    let (stopping, stop_requested) = tokio::sync::watch::channel(false);
    let lane = tokio::spawn(bot::lane(bot.clone(), lane_app, lane, stop_requested.clone()));
    let stopper = tokio::spawn(async move {
        shutdown.await;
        let _ = stopping.send(true);
        tracing::info!("shutting down: finishing the updates in flight");
        // Ending the listener's stream is what stops the dispatcher; teloxide's shutdown
        // signal alone can be missed while the dispatcher is between two waits (its notify
        // wakes only current waiters), and the poller makes the bot look up before then.
        intake_stop.stop();
        // The dispatcher refuses a shutdown until it has started; keep asking until it takes.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });

    let pruner = tokio::spawn(inbox.clone().prune_until(background_stopped.clone()));
    let marker = tokio::spawn(inbox.clone().mark_until(background_stopped.clone()));
    let callbacks_app = crate::callbacks::router(tracker.clone());
    let tracker_task = tokio::spawn(tracker.supervise(background_stopped.clone()));
    let listening = match &config.public {
        Some(Public { url: public, listen: addr }) => {
            let addr = *addr;
            let listener = bind(addr).await?;
            if let Some(tell) = tuning.listening {
                let _ = tell.send(
                    listener.local_addr().map_err(|source| RunError::Listen { addr, source })?,
                );
            }
            let url = crate::config::endpoint(public, &["telegram"]);
            // Our own route rather than teloxide's: it stores each update before it answers
            // 200. The webhook gets a random secret token, checked on every update, and is
            // deleted again when the dispatcher stops.
            match register_webhook(bot.inner(), &url, stop_requested).await? {
                Some(secret) => {
                    let hook = inbox::webhook::router(url.path(), secret, inbox.clone(), feed);
                    let routes = hook.merge(callbacks_app).merge(form.unwrap_or_default());
                    let stopped = wait_true(background_stopped.clone());
                    servers.push(serve(listener, routes, stopped));
                    tracing::info!("bot started (webhook)");
                    Listening::Webhook
                }
                None => Listening::Stopped,
            }
        }
        None => {
            delete_webhook_if_set(bot.inner()).await;
            let offset = inbox.next_offset().await?;
            let poller = inbox::polling::spawn(bot.inner().clone(), inbox.clone(), feed, offset);
            tracing::info!("bot started (long polling)");
            Listening::Polling(poller)
        }
    };
    let dispatched = match listening {
        // Stopped while Telegram could not be reached: nothing to dispatch.
        Listening::Stopped => Ok(()),
        // `try_` variant: a Telegram that fails the dispatcher's first getMe is an error to
        // report, not a panic.
        _ => {
            dispatcher
                .try_dispatch_with_listener(
                    intake,
                    LoggingErrorHandler::with_custom_text("the update listener failed"),
                )
                .await
        }
    };
    match listening {
        // It stops by itself once the dispatcher drops the listener; this is for a
        // dispatcher that never started.
        Listening::Polling(poller) => {
            poller.abort();
            let _ = poller.await;
        }
        Listening::Webhook => {
            if let Err(e) = bot.inner().delete_webhook().await {
                tracing::error!(error = %e, "could not delete the webhook");
            }
        }
        Listening::Stopped => {}
    }
    stopper.abort();
    // The lane finishes the update in hand (the stop signal, or the stopper's end, ends it).
    if let Err(e) = lane.await {
        tracing::error!(error = %e, "the lane task failed");
    }
    let _ = stop_background.send(true);
    let _ = pruner.await;
    // The last handled marks are written before the database closes.
    let _ = marker.await;
    if let Err(e) = tracker_task.await {
        tracing::error!(error = %e, "the tracker task failed");
    }
    for server in servers {
        if let Err(e) = server.await {
            tracing::error!(error = %e, "an HTTP server task failed");
        }
    }
    db.close().await;
    tracing::info!("bot stopped");
    dispatched.map_err(RunError::Telegram)
}

/// How updates reach the dispatcher: polling has a task to stop, a webhook is deleted at the
/// end, and a bot stopped before its webhook was registered dispatches nothing (and shuts
/// down the same way).
enum Listening {
    Polling(tokio::task::JoinHandle<()>),
    Webhook,
    Stopped,
}

/// A bot switching from webhook to polling: Telegram refuses getUpdates while a webhook is
/// set (what teloxide's polling listener does at start, too).
async fn delete_webhook_if_set(bot: &Bot) {
    match bot.get_webhook_info().await {
        Ok(info) if info.url.is_some() => {
            if let Err(e) = bot.delete_webhook().await {
                tracing::error!(error = %e, "could not delete the webhook");
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "could not read the webhook's settings"),
    }
}

/// Registers the webhook, retrying with start-up's growing pause ([`crate::startup::backoff`], one
/// log line each) while Telegram cannot be reached or asks to wait. `None` when the bot was
/// asked to stop meanwhile; a refusal (a bad URL, say) is an error at once.
async fn register_webhook(
    bot: &Bot,
    url: &url::Url,
    mut stop_requested: tokio::sync::watch::Receiver<bool>,
) -> Result<Option<String>, RunError> {
    let mut failures = 0u32;
    loop {
        let (error, at_least) = match inbox::webhook::register(bot, url.clone()).await {
            Ok(secret) => return Ok(Some(secret)),
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
            _ = stop_requested.wait_for(|stop| *stop) => return Ok(None),
            () = tokio::time::sleep(wait) => {}
        }
    }
}

async fn bind(addr: SocketAddr) -> Result<tokio::net::TcpListener, RunError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| RunError::Listen { addr, source })?;
    tracing::info!(addr = %listener.local_addr().unwrap_or(addr), "HTTP server listening");
    Ok(listener)
}

async fn wait_true(mut flag: tokio::sync::watch::Receiver<bool>) {
    let _ = flag.wait_for(|stopped| *stopped).await;
}

fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    stopped: impl Future<Output = ()> + Send + 'static,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stopped).await {
            tracing::error!(error = %e, "an HTTP server failed");
        }
    })
}
