//! The command line as clap parses it: the bot's settings as raw strings, and the helper
//! subcommands.

use std::fmt;

use clap::{Parser, Subcommand};

/// The process's command line: the bot by default, or one of the helper subcommands.
#[derive(Debug, Parser)]
#[command(name = "assistants-bot", version, about, long_about = None)]
pub struct Cli {
    /// Settings for running the bot (ignored by `simulate`).
    #[command(flatten)]
    pub bot: BotArgs,
    /// What to run instead of the bot.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Helper subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Assistants API simulator locally, to try the bot without an account.
    Simulate(SimulateArgs),
    /// Re-seal every stored secret under a new key (one transaction), then retire the old key.
    RotateKey(RotateKeyArgs),
}

/// Settings of `assistants-bot rotate-key` (the database and current key come from the bot's
/// own settings: DATABASE_URL, ENCRYPTION_KEY or the key file).
#[derive(clap::Args)]
pub struct RotateKeyArgs {
    /// The new key, base64 (required with ENCRYPTION_KEY; generated for a key file otherwise).
    #[arg(long = "new-key", env = "NEW_ENCRYPTION_KEY", hide_env_values = true)]
    pub new_key: Option<String>,
}

/// The bot's settings as they arrive from flags and the environment, not yet validated.
/// `Default` is every setting unset.
#[derive(Default, clap::Args)]
pub struct BotArgs {
    /// The bot's own token from @BotFather (required).
    #[arg(long = "token", env = "TELOXIDE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Bot API server base URL (self-hosted telegram-bot-api, tests).
    #[arg(long = "telegram-api-url", env = "TELOXIDE_API_URL")]
    pub telegram_api_url: Option<String>,
    /// Base URL of the Assistants API v1.
    #[arg(long = "assistants-api-url", env = "ASSISTANTS_API_URL")]
    pub assistants_api_url: Option<String>,
    /// A SQLite file (created if missing) or a PostgreSQL URL; migrated at start. Its value
    /// is not shown in `--help`: a PostgreSQL URL carries a password.
    #[arg(long = "database-url", env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// 32 bytes, base64. Without it a key file is generated beside the database.
    #[arg(long = "encryption-key", env = "ENCRYPTION_KEY", hide_env_values = true)]
    pub encryption_key: Option<String>,
    /// How often deployments in flight are polled (`300ms`, `5s`).
    #[arg(long = "poll-interval", env = "POLL_INTERVAL")]
    pub poll_interval: Option<String>,
    /// How often live assistants are checked (`2s`, `5m`; default `5m`).
    #[arg(long = "watch-interval", env = "WATCH_INTERVAL")]
    pub watch_interval: Option<String>,
    /// How long a new slot waits for its payment before the bot stops waiting (`30m`).
    #[arg(long = "payment-timeout", env = "PAYMENT_TIMEOUT")]
    pub payment_timeout: Option<String>,
    /// Public https base URL of this bot; enables deployment callbacks.
    #[arg(long = "public-url", env = "PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Where the HTTP server listens (default 0.0.0.0:8080, only when PUBLIC_URL is set).
    #[arg(long = "listen-addr", env = "LISTEN_ADDR")]
    pub listen_addr: Option<String>,
    /// Where /healthz and /metrics are served (off unless set), e.g. 127.0.0.1:9090.
    #[arg(long = "metrics-addr", env = "METRICS_ADDR")]
    pub metrics_addr: Option<String>,
    /// Log format: `text` or `json`. The level comes from RUST_LOG.
    #[arg(long = "log-format", env = "LOG_FORMAT")]
    pub log_format: Option<String>,
}

/// Settings of `assistants-bot simulate`.
#[derive(Debug, clap::Args)]
pub struct SimulateArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Mark every purchase as paid right away.
    #[arg(long)]
    pub auto_pay: bool,
    /// Finish every deployment as active this long after it starts (`3s`); by hand otherwise.
    #[arg(long)]
    pub deploy_after: Option<String>,
}

/// What `Debug` shows of a secret setting: whether it is set, never its value.
fn redacted(value: &Option<String>) -> &'static str {
    if value.is_some() { "Some(***)" } else { "None" }
}

impl fmt::Debug for RotateKeyArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RotateKeyArgs").field("new_key", &redacted(&self.new_key)).finish()
    }
}

impl fmt::Debug for BotArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BotArgs")
            .field("token", &redacted(&self.token))
            .field("telegram_api_url", &self.telegram_api_url)
            .field("assistants_api_url", &self.assistants_api_url)
            // A PostgreSQL URL carries a password: only the engine is shown.
            .field("database_url", &self.database_url.as_deref().map(|url| url.split(':').next()))
            .field("encryption_key", &redacted(&self.encryption_key))
            .field("poll_interval", &self.poll_interval)
            .field("watch_interval", &self.watch_interval)
            .field("payment_timeout", &self.payment_timeout)
            .field("public_url", &self.public_url)
            .field("listen_addr", &self.listen_addr)
            .field("metrics_addr", &self.metrics_addr)
            .field("log_format", &self.log_format)
            .finish()
    }
}
