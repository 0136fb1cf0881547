//! The Telegram side: the dispatcher, its handler tree, and one file per conversation.
//!
//! - [`schema`]: the handler tree.
//! - [`commands`]: the command enum and the per-language command menu.
//! - [`dialogue`]: conversation state.
//! - [`context`]: facts resolved once per update (the language).
//! - [`failure`]: errors turned into localized text.
//! - [`callback`], [`keyboard`]: button payloads and keyboards.
//! - [`start`]: /start, /help, stale buttons, stray text.
//! - [`setkey`]: /setkey and /forgetkey. [`language`]: /language. [`cancel`]: /cancel.
//! - [`manage`]: /list, cards, and their actions. [`wizard`]: /new. [`activation`]: activating a paid slot with the wizard's answers.
//! - [`role`], [`team`]: groups: who may change things, hand-off links, the audit log.
//! - [`secret`]: messages that carry secrets. [`input`]: checks of what users type.

pub mod activation;
pub mod callback;
pub mod cancel;
pub mod commands;
pub mod context;
pub mod dialogue;
pub mod failure;
pub mod input;
pub mod keyboard;
pub mod language;
pub mod manage;
pub mod role;
pub mod schema;
pub mod secret;
pub mod setkey;
pub mod start;
pub mod team;
pub mod wizard;

use std::{future::Future, net::SocketAddr, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{error_handlers::LoggingErrorHandler, prelude::*};

use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    callbacks::Callbacks,
    config::Config,
    ops::Health,
    sender::{Limits, Paced},
    storage::{Storage, StorageError, dialogues::DialogueStore},
    tracker::Tracker,
};
pub use failure::HandlerError;

/// The bot as handlers see it: messages go out at once unless one of Telegram's rate limits
/// would be crossed, each chat's in order, and a 429 is resent after `retry_after` instead of
/// being dropped.
pub type TgBot = Paced<Bot>;

/// What a handler returns.
pub type HandlerResult = Result<(), HandlerError>;

/// Why the bot could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Storage could not be opened (including key problems).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The API client could not be built.
    #[error(transparent)]
    Api(#[from] ApiError),
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
    let storage = Storage::open(config.database.clone(), &config.key).await?;
    let api = ApiClient::new(config.assistants_api_url.clone(), tuning.api.clone())?;
    let bot = Paced::new(
        Bot::new(config.token.expose_secret()).set_api_url(config.telegram_api_url.clone()),
        tuning.limits,
    );
    let health = Health::new(storage.clone());
    if commands::register(&bot).await {
        health.telegram_ok();
    }

    let dialogues = DialogueStore::<dialogue::State>::new(storage.clone());
    let (stop_background, background_stopped) = tokio::sync::watch::channel(false);
    let tracker = Tracker {
        storage: storage.clone(),
        api: api.clone(),
        bot: bot.clone(),
        dialogues: dialogues.clone(),
        interval: config.poll_interval,
        payment_timeout: config.payment_timeout,
        callbacks: Callbacks::new(config.public_url.clone()),
        backoff: Default::default(),
    };
    let mut servers = Vec::new();
    if let Some(addr) = config.metrics_addr {
        let listener = bind(addr).await?;
        if let Some(tell) = tuning.metrics_listening {
            let _ = tell
                .send(listener.local_addr().map_err(|source| RunError::Listen { addr, source })?);
        }
        let stopped = background_stopped.clone();
        servers.push(serve(listener, crate::ops::router(health.clone()), wait_true(stopped)));
    }

    let telegram = wizard::TelegramApiUrl(config.telegram_api_url.clone());
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema::schema())
        .dependencies(dptree::deps![
            storage.clone(),
            api,
            dialogues,
            telegram,
            tracker.callbacks.clone(),
            std::sync::Arc::new(role::AdminCache::default()),
            health.clone()
        ])
        .default_handler(|update| async move {
            tracing::debug!(update_id = update.id.0, "update not handled");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("an update failed"))
        .build();

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

    let callbacks_app = crate::callbacks::router(std::sync::Arc::new(tracker.clone()));
    let tracker_task = tokio::spawn(tracker.run(background_stopped.clone()));
    match (&config.public_url, config.listen_addr) {
        (Some(public), Some(addr)) => {
            let listener = bind(addr).await?;
            if let Some(tell) = tuning.listening {
                let _ = tell.send(
                    listener.local_addr().map_err(|source| RunError::Listen { addr, source })?,
                );
            }
            let url = public
                .join("telegram")
                .map_err(|_| RunError::Webhook("PUBLIC_URL cannot hold a path".into()))?;
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
                .dispatch_with_listener(
                    updates,
                    LoggingErrorHandler::with_custom_text("webhook listener failed"),
                )
                .await;
        }
        _ => {
            tracing::info!("bot started (long polling)");
            dispatcher.dispatch().await;
        }
    }
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
    storage.close().await;
    tracing::info!("bot stopped");
    Ok(())
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
