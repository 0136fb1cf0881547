//! The real binary as a child process, configured the way an operator would (environment
//! variables only), for the tests and benchmarks that need a separate process: a signal, or
//! the resident memory of the binary alone.

use std::process::{Command, Stdio};

use base64::{Engine as _, engine::general_purpose::STANDARD};
use url::Url;

use super::fake_telegram::{BOT_TOKEN, FakeTelegram};
use crate::storage::seal::KeyMaterial;

/// `binary` (the bot's executable, from `env!("CARGO_BIN_EXE_assistants-bot")`) set up to talk
/// to `tg` and the Assistants API at `api`, on the database `db` sealed with `key`; its output
/// goes nowhere. Spawn it with [`Command::spawn`].
pub fn bot_command(
    binary: &str,
    tg: &FakeTelegram,
    api: &Url,
    db: &str,
    key: &KeyMaterial,
) -> Command {
    let mut command = Command::new(binary);
    command
        .env_clear()
        .env("TELOXIDE_TOKEN", BOT_TOKEN)
        .env("TELOXIDE_API_URL", tg.base_url().as_str())
        .env("ASSISTANTS_API_URL", api.as_str())
        .env("DATABASE_URL", db)
        .env("ENCRYPTION_KEY", STANDARD.encode(key.expose()))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}
