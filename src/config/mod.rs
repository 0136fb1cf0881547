//! Command line and environment configuration.
//!
//! Every setting is an environment variable and also a `--flag` (clap's `env` feature), so
//! `assistants-bot --help` documents them all. Values arrive as plain strings and are validated
//! here, in one place, so that a bad setting produces exactly one line that names the variable
//! (see [`ConfigError`]) instead of a clap usage dump or a panic.

//!
//! Inside: `args` holds what clap parses, `parse` the validation; this module holds the
//! validated [`Config`] and its parts.

mod args;
mod database;
mod parse;

use std::{net::SocketAddr, time::Duration};

use secrecy::SecretString;
use url::Url;

pub use args::{BotArgs, Cli, Command, RotateKeyArgs, SimulateArgs};
pub use database::{Database, Postgres, key_file_beside, parse_database_url};
pub use parse::parse_key;

// Where the key comes from is storage's to know (it opens the database with it); the
// configuration only says which.
pub use crate::storage::seal::KeySource;

/// The Assistants API that a fresh install talks to.
pub const DEFAULT_ASSISTANTS_API_URL: &str = "https://getclaw.sh";
/// Telegram's public Bot API server.
pub const DEFAULT_TELEGRAM_API_URL: &str = "https://api.telegram.org";
/// The SQLite file used when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://assistants-bot.db";

/// How often live assistants are checked when `WATCH_INTERVAL` is not set.
pub const DEFAULT_WATCH_INTERVAL: Duration = Duration::from_secs(5 * 60);

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The validated configuration the bot runs with.
#[derive(Debug)]
pub struct Config {
    /// The bot's own token.
    pub token: SecretString,
    /// Bot API base URL.
    pub telegram_api_url: Url,
    /// Assistants API base URL.
    pub assistants_api_url: Url,
    /// The database: a SQLite file, or PostgreSQL shared by replicas.
    pub database: Database,
    /// Where the sealing key comes from.
    pub key: KeySource,
    /// Status polling period.
    pub poll_interval: Duration,
    /// How often live assistants are checked (`WATCH_INTERVAL`).
    pub watch_interval: Duration,
    /// How long a wizard's slot waits for payment.
    pub payment_timeout: Duration,
    /// The bot's public URL and its HTTP server, when it has one (`None` runs no server).
    pub public: Option<Public>,
    /// Where /healthz and /metrics are served; `None` serves neither.
    pub metrics_addr: Option<SocketAddr>,
    /// Log format.
    pub log_format: LogFormat,
}

/// A bot reachable from the internet: webhook, deployment callbacks and the secret form.
#[derive(Debug, Clone)]
pub struct Public {
    /// Its public https base URL (`PUBLIC_URL`).
    pub url: Url,
    /// Where its HTTP server listens (`LISTEN_ADDR`).
    pub listen: SocketAddr,
}

/// A setting that is missing or invalid. Displayed as one line naming the variable.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    /// The environment variable at fault.
    pub variable: &'static str,
    /// What is wrong with it, and how to fix it.
    pub problem: String,
}

impl ConfigError {
    fn new(variable: &'static str, problem: impl Into<String>) -> Self {
        Self { variable, problem: problem.into() }
    }
}

/// `base` with `segments` appended as path segments. `Url::join` would instead replace the
/// last segment of a base without a trailing slash (`https://host/bot` + `telegram` gives
/// `https://host/telegram`), and `PUBLIC_URL` is stored without one.
pub fn endpoint(base: &Url, segments: &[&str]) -> Url {
    let mut url = base.clone();
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().extend(segments);
    }
    url
}
