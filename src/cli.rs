//! The subcommands' runners and the shutdown signal, so the binary stays a thin dispatcher.

use std::{net::SocketAddr, process::ExitCode};

use crate::{
    config::{BotArgs, ConfigError, LogFormat, RotateKeyArgs, SimulateArgs, parse_key},
    maintenance,
    run::{self, Tuning},
    sim::{self, SimOptions, Simulator},
    telemetry,
};

/// Runs the bot until SIGINT or SIGTERM.
pub async fn run_bot(args: BotArgs) -> ExitCode {
    let config = match args.into_config() {
        Ok(config) => config,
        Err(e) => return config_error(&e),
    };
    telemetry::init(config.log_format);
    match run::run(config, Tuning::default(), shutdown_signal()).await {
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
    match maintenance::rotate_key(database, &key, new_key).await {
        Ok(done) => {
            let r = done.rotated;
            println!(
                "Re-sealed {} secrets ({} API keys, {} conversations, {} pending activations) under key {}.",
                r.total(),
                r.api_keys,
                r.dialogues,
                r.pending,
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
    println!("Assistants API simulator listening on {}", simulator.base_url());
    println!("Demo API key: {}", sim::DEMO_API_KEY);
    println!("Run the bot with ASSISTANTS_API_URL={}", simulator.base_url());
    shutdown_signal().await;
    simulator.stop().await;
    ExitCode::SUCCESS
}

/// Resolves on Ctrl-C or SIGTERM (what `docker stop` and systemd send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
