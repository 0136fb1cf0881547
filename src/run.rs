//! Running the bot, as zero2prod does: [`Application::build`] opens storage, builds the
//! [`App`] and binds the HTTP listeners; [`Application::run_until_stopped`] serves updates
//! (long polling or webhook, both through the durable [`inbox`]), the tracker and the HTTP
//! servers until its one stop token is cancelled, and stops cleanly. [`run`] does both and
//! cancels the token when a shutdown future resolves.
//!
//! Every task watches the same [`CancellationToken`]: the dispatcher (through a small task
//! that stops its listener), the lane beside it, the webhook's registration, the tracker, the
//! inbox's marker and pruner, and the HTTP servers. The token is cancelled by the shutdown,
//! or by the dispatcher's end, or by an early return (a guard), so nothing outlives the run.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{prelude::*, stop::StopToken, update_listeners::UpdateListener as _};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use tokio_util::sync::CancellationToken;

use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    app::{App, TgBot, Timing},
    bot,
    config::Config,
    inbox::{self, Feed, Inbox, Intake},
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
    /// (default: `app::flood`'s; a benchmark driving one chat hard lifts it).
    pub flood: Option<(u32, Duration)>,
    /// How often live assistants are checked (default: the configuration's `WATCH_INTERVAL`).
    pub watch_interval: Option<Duration>,
    /// Told the address the HTTP server bound (`LISTEN_ADDR` may name port 0); see also
    /// [`Application::address`].
    pub listening: Option<oneshot::Sender<SocketAddr>>,
    /// Told the address the metrics server bound (`METRICS_ADDR` may name port 0); see also
    /// [`Application::metrics_address`].
    pub metrics_listening: Option<oneshot::Sender<SocketAddr>>,
    /// Handed the running tracker, so that tests can run a tick of it when they need one
    /// rather than wait for the next.
    pub tracker: Option<oneshot::Sender<Tracker>>,
    /// Relay every secure-form hand-off to the leader's relay loop, as a standby does, even
    /// on the leader (tests of the relay in one process).
    pub relay_forms: bool,
}

/// Builds the bot and runs it until `shutdown` resolves (see [`Application`]).
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
    let application = Application::build_with(config, tuning).await?;
    let stop = application.stop_token();
    let signal = tokio::spawn(async move {
        shutdown.await;
        stop.cancel();
    });
    let ran = application.run_until_stopped().await;
    signal.abort();
    ran
}

/// A bot ready to run: storage open, the [`App`] built, its commands registered and its
/// HTTP listeners bound.
#[derive(Debug)]
pub struct Application {
    config: Config,
    bot: TgBot,
    app: App,
    metrics: Option<TcpListener>,
    public: Option<TcpListener>,
    stop: CancellationToken,
    hand_tracker: Option<oneshot::Sender<Tracker>>,
    relay_forms: bool,
}

impl Application {
    /// Builds the bot of `config`, with Telegram's own limits and the default timings.
    pub async fn build(config: Config) -> Result<Self, RunError> {
        Self::build_with(config, Tuning::default()).await
    }

    /// Builds the bot of `config`, tuned by `tuning`.
    pub async fn build_with(config: Config, tuning: Tuning) -> Result<Self, RunError> {
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
            watch_interval: tuning.watch_interval.unwrap_or(config.watch_interval),
            ..defaults
        };
        let telegram = (config.telegram_api_url.clone(), client);
        let public_url = config.public.as_ref().map(|p| p.url.clone());
        let app = App::assemble(db, api, telegram, public_url, timing);
        if bot::commands::register(&bot).await {
            app.health.telegram_ok();
        }
        let metrics = match config.metrics_addr {
            Some(addr) => Some(bind(addr, tuning.metrics_listening).await?),
            None => None,
        };
        let public = match &config.public {
            Some(public) => Some(bind(public.listen, tuning.listening).await?),
            None => None,
        };
        let stop = CancellationToken::new();
        let (hand_tracker, relay_forms) = (tuning.tracker, tuning.relay_forms);
        Ok(Self { config, bot, app, metrics, public, stop, hand_tracker, relay_forms })
    }

    /// The token that stops the bot when cancelled.
    pub fn stop_token(&self) -> CancellationToken {
        self.stop.clone()
    }

    /// The shared context the bot runs with.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// Where the HTTP server (webhook, callbacks, the form) listens, with `PUBLIC_URL`.
    pub fn address(&self) -> Option<SocketAddr> {
        self.public.as_ref().and_then(|l| l.local_addr().ok())
    }

    /// Where `/healthz` and `/metrics` are served, with `METRICS_ADDR`.
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|l| l.local_addr().ok())
    }

    /// Serves updates, the tracker and the HTTP servers until the stop token is cancelled
    /// (or the dispatcher ends), then stops: no more updates are taken, the handlers in
    /// flight finish, the other tasks end, the last handled marks are written and the
    /// database closes.
    pub async fn run_until_stopped(self) -> Result<(), RunError> {
        let Self { config, bot, app, metrics, public, stop, hand_tracker, relay_forms } = self;
        // An early return (an error) stops whatever was started.
        let _stop_on_exit = stop.clone().drop_guard();
        let inbox = app.inbox.clone();
        let mut tasks = Vec::new();
        if let Some(listener) = metrics {
            tasks.push(serve(listener, crate::ops::router(app.health.clone()), &stop));
        }
        // What the last run left unhandled goes to the dispatcher (or the lane beside it, for
        // what teloxide cannot read) first, in order.
        let tell = inbox::admission::Tell::new(bot.clone(), app.db.clone());
        let (mut intake, feed, lane) = Intake::open(&inbox, tell).await?;
        let mut dispatcher = bot::dispatcher(bot.clone(), app.clone());
        let (intake_stop, dispatcher_stop) = (intake.stop_token(), dispatcher.shutdown_token());
        let stopper = tokio::spawn(stop_dispatching(stop.clone(), intake_stop, dispatcher_stop));
        let lane = tokio::spawn(bot::lane(bot.clone(), app.clone(), lane, stop.clone()));
        tasks.push(tokio::spawn(inbox.clone().prune_until(stop.clone())));
        tasks.push(tokio::spawn(inbox.clone().mark_until(stop.clone())));
        let tracker = Tracker::new(app.clone(), bot.clone());
        if let Some(hand) = hand_tracker {
            let _ = hand.send(tracker.clone());
        }
        // The secure form hands secrets to the conversations the dispatcher runs (relayed to
        // this loop from the replicas that do not lead).
        let form = crate::webapp::router(app.clone(), bot.clone(), &config.token, relay_forms);
        let relayed = crate::webapp::serve_relayed(app.clone(), bot.clone(), stop.clone());
        tasks.push(tokio::spawn(relayed));
        let routes = crate::callbacks::router(tracker.clone()).merge(form.unwrap_or_default());
        tasks.push(tokio::spawn(tracker.supervise(stop.clone())));
        let public = public.zip(config.public.as_ref()).map(|(l, p)| (l, p.url.clone(), routes));
        let secret = inbox::webhook::secret_token(app.db.sealer());
        let listening = listen(&bot, &inbox, feed, public, secret, &stop).await?;
        let dispatched = match listening {
            // Stopped while Telegram could not be reached: nothing to dispatch.
            Listening::Stopped => Ok(()),
            // `try_` variant: a Telegram that fails the dispatcher's first getMe is an error
            // to report, not a panic.
            _ => {
                let failed = LoggingErrorHandler::with_custom_text("the update listener failed");
                dispatcher.try_dispatch_with_listener(intake, failed).await
            }
        };
        // Whatever ended the dispatcher, everything else stops now.
        stop.cancel();
        stopper.abort();
        tasks.extend(listening.close().await);
        // The lane finishes the update in hand.
        let lane = std::iter::once(lane);
        for task in lane.chain(tasks) {
            if let Err(e) = task.await {
                tracing::error!(error = %e, "a task of the bot failed");
            }
        }
        // Handlers that finished after the stop marked their updates since the marker ended.
        inbox.write_marks().await;
        app.db.close().await;
        tracing::info!("bot stopped");
        dispatched.map_err(RunError::Telegram)
    }
}

/// Stops the dispatcher once `stop` is cancelled. Ending the listener's stream is what stops
/// it; teloxide's shutdown signal alone can be missed while the dispatcher is between two
/// waits (its notify wakes only current waiters), and the poller makes the bot look up before
/// then.
async fn stop_dispatching(
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

/// Starts taking updates: with a public listener, by webhook on it (the callback and form
/// `routes` beside); otherwise by long polling.
async fn listen(
    bot: &TgBot,
    inbox: &Arc<Inbox>,
    feed: Feed,
    public: Option<(TcpListener, url::Url, axum::Router)>,
    secret: String,
    stop: &CancellationToken,
) -> Result<Listening, RunError> {
    let Some((listener, public, routes)) = public else {
        inbox::registration::delete_if_set(bot.inner()).await;
        let offset = inbox.next_offset().await?;
        let poller = inbox::polling::spawn(bot.inner().clone(), inbox.clone(), feed, offset);
        tracing::info!("bot started (long polling)");
        return Ok(Listening::Polling(poller));
    };
    let url = crate::config::endpoint(&public, &["telegram"]);
    // Our own route rather than teloxide's: it stores each update before it answers 200. The
    // webhook's secret token, checked on every update, is derived from the sealing key, so
    // every replica checks the same one; a stopping bot leaves the webhook to the others.
    if !register_webhook(bot.inner(), &url, &secret, stop).await? {
        return Ok(Listening::Stopped);
    }
    let hook = inbox::webhook::router(url.path(), secret, inbox.clone(), feed);
    let server = serve(listener, hook.merge(routes), stop);
    tracing::info!("bot started (webhook)");
    Ok(Listening::Webhook(server))
}

/// How updates reach the dispatcher: polling has a task to stop, a webhook a server (stopped
/// by the token; the registration stays, for the other replicas and the next start), and a
/// bot stopped before its webhook was registered dispatches nothing (and shuts down the same
/// way).
enum Listening {
    Polling(JoinHandle<()>),
    Webhook(JoinHandle<()>),
    Stopped,
}

impl Listening {
    /// Ends the way updates came; returns the server still to wait for.
    async fn close(self) -> Option<JoinHandle<()>> {
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
            Self::Stopped => None,
        }
    }
}

/// Registers the webhook, retrying with start-up's growing pause ([`crate::startup::backoff`], one
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
        let (error, at_least) = match inbox::webhook::register(bot, url.clone(), secret).await {
            Ok(()) => return Ok(true),
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

/// Binds `addr`, and tells `tell` (if any) the address it got.
async fn bind(
    addr: SocketAddr,
    tell: Option<oneshot::Sender<SocketAddr>>,
) -> Result<TcpListener, RunError> {
    let listener =
        TcpListener::bind(addr).await.map_err(|source| RunError::Listen { addr, source })?;
    let bound = listener.local_addr().map_err(|source| RunError::Listen { addr, source })?;
    tracing::info!(addr = %bound, "HTTP server listening");
    if let Some(tell) = tell {
        let _ = tell.send(bound);
    }
    Ok(listener)
}

/// Serves `routes` on `listener` until `stop` is cancelled (then finishes the requests in
/// flight).
fn serve(listener: TcpListener, routes: axum::Router, stop: &CancellationToken) -> JoinHandle<()> {
    let stopped = stop.clone().cancelled_owned();
    tokio::spawn(crate::edge::serve(
        listener,
        routes,
        crate::edge::Edge::for_this_process(),
        stopped,
    ))
}
