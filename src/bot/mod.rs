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

use std::{future::Future, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{
    adaptors::{Throttle, throttle::Limits},
    error_handlers::LoggingErrorHandler,
    prelude::*,
};

use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    callbacks::Callbacks,
    config::Config,
    storage::{Storage, StorageError, dialogues::DialogueStore},
    tracker::Tracker,
};
pub use failure::HandlerError;

/// The bot as handlers see it: every outgoing request waits on Telegram's rate limits, and a
/// 429 is retried after `retry_after` instead of being dropped.
pub type TgBot = Throttle<Bot>;

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
    /// Telegram rate limits to respect.
    pub limits: Limits,
    /// Timeouts and retries of the Assistants API client.
    pub api: ClientOptions,
    /// Told the address the HTTP server bound (`LISTEN_ADDR` may name port 0).
    pub listening: Option<tokio::sync::oneshot::Sender<std::net::SocketAddr>>,
}

/// Opens storage, builds the bot and serves updates until `shutdown` resolves.
pub async fn run(
    config: Config,
    tuning: Tuning,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), RunError> {
    let storage = Storage::open(config.database.clone(), &config.key).await?;
    let api = ApiClient::new(config.assistants_api_url.clone(), tuning.api.clone())?;
    let bot = Bot::new(config.token.expose_secret())
        .set_api_url(config.telegram_api_url.clone())
        .throttle(tuning.limits);

    commands::register(&bot).await;

    let dialogues = DialogueStore::<dialogue::State>::new(storage.clone());
    let (stop_tracker, tracker_stopped) = tokio::sync::watch::channel(false);
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
    let server = match config.listen_addr {
        Some(addr) => {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|source| RunError::Listen { addr, source })?;
            let bound =
                listener.local_addr().map_err(|source| RunError::Listen { addr, source })?;
            tracing::info!(%bound, "HTTP server listening");
            if let Some(tell) = tuning.listening {
                let _ = tell.send(bound);
            }
            let app = crate::callbacks::router(std::sync::Arc::new(tracker.clone()));
            let mut stopped = tracker_stopped.clone();
            Some(tokio::spawn(async move {
                let serving = axum::serve(listener, app).with_graceful_shutdown(async move {
                    let _ = stopped.wait_for(|s| *s).await;
                });
                if let Err(e) = serving.await {
                    tracing::error!(error = %e, "the HTTP server failed");
                }
            }))
        }
        None => None,
    };
    let callbacks = tracker.callbacks.clone();
    let tracker = tokio::spawn(tracker.run(tracker_stopped));

    let telegram = wizard::TelegramApiUrl(config.telegram_api_url.clone());
    let mut dispatcher = Dispatcher::builder(bot, schema::schema())
        .dependencies(dptree::deps![
            storage.clone(),
            api,
            dialogues,
            telegram,
            callbacks,
            std::sync::Arc::new(role::AdminCache::default())
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

    tracing::info!("bot started");
    dispatcher.dispatch().await;
    stopper.abort();
    let _ = stop_tracker.send(true);
    if let Err(e) = tracker.await {
        tracing::error!(error = %e, "the tracker task failed");
    }
    if let Some(server) = server
        && let Err(e) = server.await
    {
        tracing::error!(error = %e, "the HTTP server task failed");
    }
    storage.close().await;
    tracing::info!("bot stopped");
    Ok(())
}
