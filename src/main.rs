//! The `assistants-bot` binary: parse the command line and hand over to the library.

use std::process::ExitCode;

use assistants_bot::{
    cli,
    config::{Cli, Command},
};
use clap::Parser as _;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => cli::run_bot(cli.bot).await,
        Some(Command::Simulate(args)) => cli::simulate(args).await,
        Some(Command::RotateKey(args)) => cli::rotate_key(&cli.bot, args).await,
    }
}
