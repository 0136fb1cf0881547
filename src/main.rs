//! The `assistants-bot` binary: parse settings, set up logging, run the bot or a helper.

use std::{net::SocketAddr, process::ExitCode};

use assistants_bot::{
    bot::{self, Tuning},
    config::{Cli, Command, ConfigError, LogFormat, SimulateArgs},
    sim::{self, SimOptions, Simulator},
    telemetry,
};
use clap::Parser as _;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Simulate(args)) => simulate(args).await,
        None => {
            let config = match cli.bot.into_config() {
                Ok(config) => config,
                Err(e) => return config_error(&e),
            };
            telemetry::init(config.log_format);
            match bot::run(config, Tuning::default(), shutdown_signal()).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("assistants-bot: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn config_error(e: &ConfigError) -> ExitCode {
    eprintln!("assistants-bot: configuration error: {e}");
    ExitCode::from(2)
}

async fn simulate(args: SimulateArgs) -> ExitCode {
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
