//! Running the bot: open storage, build the [`App`], then serve updates (long polling or
//! webhook), the tracker and the HTTP servers until the shutdown signal, and stop cleanly.

use std::{future::Future, net::SocketAddr, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{error_handlers::LoggingErrorHandler, prelude::*};

use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    app::{App, Timing},
    bot,
    config::Config,
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
    /// Told the address the HTTP server bound (`LISTEN_ADDR` may name port 0).
    pub listening: Option<tokio::sync::oneshot::Sender<SocketAddr>>,
    /// Told the address the metrics server bound (`METRICS_ADDR` may name port 0).
    pub metrics_listening: Option<tokio::sync::oneshot::Sender<SocketAddr>>,
}

/// Opens storage, builds the bot and serves updates until `shutdown` resolves.
///
/// With `PUBLIC_URL`, updates arrive by webhook on the same HTTP server as the deployment
/// callbacks; otherwise by long polling. On shutdown the bot stops taking updates, lets the
/// handlers in flight finish, stops the tracker and the servers, and closes the database.
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
    let timing = Timing {
        dialogue_idle: tuning.dialogue_idle.unwrap_or(Timing::DIALOGUE_IDLE),
        ..Timing::new(config.poll_interval, config.payment_timeout)
    };
    let telegram = (config.telegram_api_url.clone(), client);
    let app = App::assemble(db.clone(), api, telegram, config.public_url.clone(), timing);
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

    let mut dispatcher = bot::dispatcher(bot.clone(), app);

    let token = dispatcher.shutdown_token();
    let stopper = tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down: finishing the updates in flight");
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

    let callbacks_app = crate::callbacks::router(tracker.clone());
    let tracker_task = tokio::spawn(tracker.supervise(background_stopped.clone()));
    // `try_` variants: a Telegram that fails the dispatcher's first getMe is an error to
    // report, not a panic.
    let dispatched = match (&config.public_url, config.listen_addr) {
        (Some(public), Some(addr)) => {
            let listener = bind(addr).await?;
            if let Some(tell) = tuning.listening {
                let _ = tell.send(
                    listener.local_addr().map_err(|source| RunError::Listen { addr, source })?,
                );
            }
            let url = crate::config::endpoint(public, &["telegram"]);
            // teloxide registers the webhook (with a random secret token it then checks on
            // every update) and deletes it again when the dispatcher stops.
            let options = teloxide::update_listeners::webhooks::Options::new(addr, url);
            let (updates, webhook_stopped, webhook_app) =
                teloxide::update_listeners::webhooks::axum_to_router(bot, options)
                    .await
                    .map_err(|e| RunError::Webhook(e.to_string()))?;
            servers.push(serve(listener, webhook_app.merge(callbacks_app), webhook_stopped));
            tracing::info!("bot started (webhook)");
            dispatcher
                .try_dispatch_with_listener(
                    updates,
                    LoggingErrorHandler::with_custom_text("webhook listener failed"),
                )
                .await
        }
        _ => {
            tracing::info!("bot started (long polling)");
            let updates = teloxide::update_listeners::polling_default(bot).await;
            dispatcher
                .try_dispatch_with_listener(
                    updates,
                    LoggingErrorHandler::with_custom_text("the update listener failed"),
                )
                .await
        }
    };
    stopper.abort();
    let _ = stop_background.send(true);
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
