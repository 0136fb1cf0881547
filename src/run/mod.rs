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

use std::{net::SocketAddr, time::Duration};

use secrecy::ExposeSecret as _;
use teloxide::{prelude::*, update_listeners::UpdateListener as _};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use tokio_util::sync::CancellationToken;

mod listen;

use self::listen::Listening;
use crate::{
    api::{ApiClient, ApiError, ClientOptions},
    app::{App, TgBot, Timing},
    bot,
    config::Config,
    inbox::{self, Intake, webhook::Delivery},
    replicas::{self, Leadership},
    sender::{Limits, Paced},
    storage::{Db, Engine, StorageError},
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
    /// This replica lost the leader's lease (its database connection went, or another
    /// replica took the lock): it stopped so as not to lead beside another.
    #[error("lost the leader's lease; restart to stand by")]
    LeaseLost,
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
    /// Whether a replica that loses the leader's lease ends the process at once (the
    /// binary: another replica may lead already, and nothing of this one may go on
    /// handling). Tests that run the bot in their own process stop it instead.
    pub exit_on_lost_lease: bool,
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
    replicas: ReplicaSwitches,
}

/// How this process behaves among replicas (from [`Tuning`]).
#[derive(Debug, Clone, Copy)]
struct ReplicaSwitches {
    /// Relay every form hand-off through the table, leading or not (tests).
    relay_forms: bool,
    /// End the process when the lease is lost (the binary).
    exit_on_lost_lease: bool,
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
        let replicas = ReplicaSwitches {
            relay_forms: tuning.relay_forms,
            exit_on_lost_lease: tuning.exit_on_lost_lease,
        };
        Ok(Self { config, bot, app, metrics, public, stop, hand_tracker: tuning.tracker, replicas })
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
    ///
    /// On PostgreSQL this may be one of several replicas: it serves HTTP at once (storing
    /// what Telegram delivers for the leader) and does the rest only once it leads
    /// ([`replicas`]). A replica that loses the lease stops with [`RunError::LeaseLost`].
    pub async fn run_until_stopped(self) -> Result<(), RunError> {
        let Self { config, bot, app, metrics, public, stop, hand_tracker, replicas: switches } =
            self;
        let ReplicaSwitches { relay_forms, exit_on_lost_lease } = switches;
        // An early return (an error) stops whatever was started.
        let _stop_on_exit = stop.clone().drop_guard();
        let inbox = app.inbox.clone();
        let mut tasks = Vec::new();
        if let Some(listener) = metrics {
            tasks.push(serve(listener, crate::ops::router(app.health.clone()), &stop));
        }
        let tracker = Tracker::new(app.clone(), bot.clone());
        if let Some(hand) = hand_tracker {
            let _ = hand.send(tracker.clone());
        }
        let replicated = app.db.engine() == Engine::Postgres;
        inbox.recount().await?;
        let leadership = replicas::leadership(&app.db, app.timing.poll_interval);
        app.health.set_leader(!replicated);
        let secret = inbox::webhook::secret_token(app.db.sealer());
        // The secure form hands secrets to the conversations the dispatcher runs; a standby
        // relays them to the leader (`serve_relayed` below).
        let form = crate::webapp::router(app.clone(), bot.clone(), &config.token, relay_forms);
        let routes = crate::callbacks::router(tracker.clone()).merge(form.unwrap_or_default());
        let public = public.zip(config.public.as_ref()).map(|(listener, p)| listen::Public {
            listener,
            url: crate::config::endpoint(&p.url, &["telegram"]),
            routes,
        });
        // A replica serves from the start, standing by or not: what Telegram delivers to it
        // is stored for the leader. One process alone serves once it can hand updates on.
        let (server, later) = match public {
            Some(public) if replicated => {
                (Some(public.serve(&secret, &inbox, Delivery::Leader, &stop)), None)
            }
            public => (None, public),
        };
        if !leadership.acquired(&stop).await {
            // Stopped while standing by.
            stop.cancel();
            for task in tasks.into_iter().chain(server.map(|(server, _)| server)) {
                let _ = task.await;
            }
            app.db.close().await;
            tracing::info!("bot stopped (it was standing by)");
            return Ok(());
        }
        app.health.set_leader(true);
        if replicated {
            tracing::info!("this replica leads");
        }
        let lost_lease =
            LostLease { app: app.clone(), stop: stop.clone(), exit: exit_on_lost_lease };
        let lease = tokio::spawn(watch_lease(leadership.clone(), lost_lease));
        // What the last run (or the last leader) left unhandled goes to the dispatcher (or
        // the lane beside it, for what teloxide cannot read) first, in order.
        let tell = inbox::admission::Tell::new(bot.clone(), app.db.clone());
        let (mut intake, feed, lane) = Intake::open(&inbox, tell).await?;
        let mut dispatcher = bot::dispatcher(bot.clone(), app.clone());
        let (intake_stop, dispatcher_stop) = (intake.stop_token(), dispatcher.shutdown_token());
        let stopper =
            tokio::spawn(listen::stop_dispatching(stop.clone(), intake_stop, dispatcher_stop));
        let lane = tokio::spawn(bot::lane(bot.clone(), app.clone(), lane, stop.clone()));
        tasks.push(tokio::spawn(inbox.clone().prune_until(stop.clone())));
        tasks.push(tokio::spawn(inbox.clone().mark_until(stop.clone())));
        tasks.push(tokio::spawn(tracker.clone().supervise(stop.clone())));
        let relayed = crate::webapp::serve_relayed(app.clone(), bot.clone(), stop.clone());
        tasks.push(tokio::spawn(relayed));
        let listening = match (server, later) {
            (Some((server, url)), _) => {
                let (db, inbox, feed) = (app.db.clone(), inbox.clone(), feed.clone());
                let follow = replicas::signals::follow(db, inbox, feed, tracker, stop.clone());
                tasks.push(tokio::spawn(follow));
                listen::register(&bot, &url, &secret, server, &stop).await?
            }
            (None, Some(public)) => {
                let (server, url) =
                    public.serve(&secret, &inbox, Delivery::Feed(feed.clone()), &stop);
                listen::register(&bot, &url, &secret, server, &stop).await?
            }
            (None, None) => listen::poll(&bot, &inbox, feed).await?,
        };
        let dispatched = match &listening {
            // Stopped while Telegram could not be reached: nothing to dispatch.
            Listening::Stopped(_) => Ok(()),
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
        // Only now may a standby take over: what this leader handled is marked.
        leadership.release().await;
        let lost = lease.await.unwrap_or(false);
        app.db.close().await;
        if lost {
            return Err(RunError::LeaseLost);
        }
        tracing::info!("bot stopped");
        dispatched.map_err(RunError::Telegram)
    }
}

/// What [`watch_lease`] acts on.
struct LostLease {
    app: App,
    stop: CancellationToken,
    /// End the process rather than stop the run ([`Tuning::exit_on_lost_lease`]).
    exit: bool,
}

/// Stops the bot at once if this replica loses the leader's lease: another replica may lead
/// already, and two leaders would handle updates twice. `true` when it did.
async fn watch_lease(leadership: Leadership, lost: LostLease) -> bool {
    let LostLease { app, stop, exit } = lost;
    tokio::select! {
        () = stop.cancelled() => false,
        () = leadership.lost() => {
            app.health.set_leader(false);
            if exit {
                // Not a graceful stop: the handlers in flight must not go on beside the new
                // leader's replay of the same updates. What they did not finish is replayed
                // there, as after a crash.
                tracing::error!("this replica lost the leader's lease; exiting at once (it starts again as a standby)");
                std::process::exit(1);
            }
            tracing::error!("this replica lost the leader's lease; stopping (it starts again as a standby)");
            stop.cancel();
            true
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
