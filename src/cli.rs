//! The subcommands' runners and the shutdown signal, so the binary stays a thin dispatcher.

use std::{net::SocketAddr, process::ExitCode};

use secrecy::ExposeSecret as _;
use teloxide::Bot;
use tokio::sync::watch;

use crate::{
    config::{BotArgs, ConfigError, LogFormat, RotateKeyArgs, SimulateArgs, parse_key},
    dblock::{self, Holder},
    maintenance,
    run::{self, Tuning},
    sim::{self, SimOptions, Simulator},
    startup::{self, Reached},
    telemetry,
};

/// Runs the bot until SIGINT or SIGTERM.
///
/// Before the dispatcher starts: the database's lock is taken (a second bot, or a running
/// `rotate-key`, makes this one exit with code 2), and Telegram is asked whether it knows the
/// token (refused: one line, exit code 2; unreachable: retried until it answers or a signal
/// arrives, then exit 0).
pub async fn run_bot(args: BotArgs) -> ExitCode {
    let config = match args.into_config() {
        Ok(config) => config,
        Err(e) => return config_error(&e),
    };
    telemetry::init(config.log_format);
    // Listen for signals from here on: a SIGTERM while Telegram is being waited for must end
    // the wait, not kill the process.
    let stopping = Stopping::listen();
    // Held until this function returns, that is for as long as the bot runs.
    let _lock = match dblock::hold(&config.database, Holder::Bot).await {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!("assistants-bot: {e}");
            return ExitCode::from(2);
        }
    };
    let telegram =
        Bot::new(config.token.expose_secret()).set_api_url(config.telegram_api_url.clone());
    match startup::wait_for_telegram(&telegram, startup::FIRST_RETRY_DELAY, stopping.wait()).await {
        Ok(Reached::Ready(me)) => {
            tracing::info!(username = %me.username(), "Telegram accepted the token");
        }
        Ok(Reached::Interrupted) => {
            tracing::info!("stopped before Telegram answered");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            return config_error(&ConfigError {
                variable: "TELOXIDE_TOKEN",
                problem: e.to_string(),
            });
        }
    }
    let tuning = Tuning { exit_on_lost_lease: true, ..Tuning::default() };
    match run::run(config, tuning, stopping.wait()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assistants-bot: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `assistants-bot rotate-key`.
pub async fn rotate_key(bot: &BotArgs, args: RotateKeyArgs) -> ExitCode {
    telemetry::init(LogFormat::Text);
    let (database, key) = match bot.storage_config() {
        Ok(settings) => settings,
        Err(e) => return config_error(&e),
    };
    let new_key =
        match args.new_key.as_deref().map(|k| parse_key("NEW_ENCRYPTION_KEY", k)).transpose() {
            Ok(new_key) => new_key,
            Err(e) => return config_error(&e),
        };
    // A bot running on this database would keep sealing under the old key while the secrets
    // are re-sealed, and lose what it wrote once the old key is gone.
    let _lock = match dblock::hold(&database, Holder::Rotation).await {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!("assistants-bot rotate-key: {e}");
            return ExitCode::FAILURE;
        }
    };
    match maintenance::rotate_key(database, &key, new_key).await {
        Ok(done) => {
            let r = done.rotated;
            println!(
                "Re-sealed {} secrets ({} API keys, {} conversations, {} pending activations, {} waiting updates, {} bot tokens) under key {}.",
                r.total(),
                r.api_keys,
                r.dialogues,
                r.pending,
                r.updates,
                r.bot_tokens,
                done.new_key_id
            );
            match done.key_file {
                Some(path) => {
                    println!("The new key is in {path}; the old key is no longer needed.")
                }
                None => println!(
                    "Set ENCRYPTION_KEY to the new key before the next start; the old key is no longer needed."
                ),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("assistants-bot rotate-key: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a configuration error as one line; exit code 2.
pub fn config_error(e: &ConfigError) -> ExitCode {
    eprintln!("assistants-bot: configuration error: {e}");
    ExitCode::from(2)
}

/// `assistants-bot simulate`.
pub async fn simulate(args: SimulateArgs) -> ExitCode {
    telemetry::init(LogFormat::Text);
    let addr: SocketAddr = match args.addr.parse() {
        Ok(addr) => addr,
        Err(_) => {
            return config_error(&ConfigError {
                variable: "--addr",
                problem: "is not an address like 127.0.0.1:8080".into(),
            });
        }
    };
    let deploy_after = match args.deploy_after.as_deref().map(humantime::parse_duration).transpose()
    {
        Ok(after) => after,
        Err(_) => {
            return config_error(&ConfigError {
                variable: "--deploy-after",
                problem: "is not a duration like `3s`".into(),
            });
        }
    };
    let options = SimOptions { auto_pay: args.auto_pay, deploy_after, auto_outcome: None };
    let simulator = match Simulator::start(addr, options).await {
        Ok(simulator) => simulator,
        Err(e) => {
            eprintln!("assistants-bot simulate: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    simulator.handle().add_key(sim::DEMO_API_KEY, "usr_demo");
    simulator.handle().set_callback_delivery(true);
    println!("Assistants API simulator listening on {}", simulator.base_url());
    println!("Demo API key: {}", sim::DEMO_API_KEY);
    println!("Run the bot with ASSISTANTS_API_URL={}", simulator.base_url());
    shutdown_signal().await;
    simulator.stop().await;
    ExitCode::SUCCESS
}

/// The shutdown signal, listened for once and awaited by each phase of a run in turn.
#[derive(Debug, Clone)]
struct Stopping(watch::Receiver<bool>);

impl Stopping {
    /// Starts listening for SIGINT and SIGTERM now.
    fn listen() -> Self {
        let (stop, stopping) = watch::channel(false);
        let signal = shutdown_signal();
        tokio::spawn(async move {
            signal.await;
            let _ = stop.send(true);
        });
        Self(stopping)
    }

    /// Resolves once a signal has arrived (at once if it already has).
    fn wait(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut stopping = self.0.clone();
        async move {
            // An error means the listener is gone, which only happens after it fired.
            let _ = stopping.wait_for(|stopped| *stopped).await;
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM (what `docker stop` and systemd send).
///
/// The handlers are installed when this is called, not when the future is first polled, so
/// a signal that arrives in between is not missed (or, for SIGTERM, fatal).
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate());
        let interrupt = signal(SignalKind::interrupt());
        async move {
            match (term, interrupt) {
                (Ok(mut term), Ok(mut interrupt)) => {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = interrupt.recv() => {}
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
