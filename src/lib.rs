//! assistants-bot: a Telegram bot that creates and runs hosted AI assistants through the
//! Assistants API v1, by chatting.
//!
//! # Layout
//! - [`cli`]: what the binary's subcommands run.
//! - [`config`]: settings from flags and the environment, validated in one place.
//! - [`api`]: the typed Assistants API client, its errors and input rules.
//! - [`storage`]: SQLite, with secrets sealed by an AEAD before they touch the disk.
//! - [`bot`]: the teloxide dispatcher, its handler tree and conversations.
//! - [`callbacks`]: the HTTP endpoint the Assistants API calls when a deployment changes.
//! - [`tracker`]: the background task that activates paid slots and announces status changes.
//! - [`sim`]: a simulator of the Assistants API for trying the bot and for tests.
//! - [`i18n`]: localized text from `locales/`.
//! - [`maintenance`]: operator commands (key rotation).
//! - [`startup`]: checks before the dispatcher starts (the bot's token, Telegram reachable).
//! - [`dblock`]: one process per database (an advisory lock file).
//! - [`durable`]: directory syncs after creating or renaming files.
//! - [`ops`]: health and metrics endpoints.
//! - [`telemetry`]: tracing setup.

pub mod api;
pub mod bot;
pub mod callbacks;
pub mod cli;
pub mod config;
pub mod dblock;
pub mod durable;
pub mod i18n;
pub mod maintenance;
pub mod ops;
pub mod sim;
pub mod startup;
pub mod storage;
pub mod telemetry;
pub mod tracker;
