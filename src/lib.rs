//! assistants-bot: a Telegram bot that creates and runs hosted AI assistants through the
//! Assistants API v1, by chatting.
//!
//! # Layout
//! - [`cli`]: what the binary's subcommands run.
//! - [`config`]: settings from flags and the environment, validated in one place.
//! - [`api`]: the typed Assistants API client, its errors and input rules.
//! - [`storage`]: SQLite, with secrets sealed by an AEAD before they touch the disk.
//! - [`bot`]: the teloxide dispatcher, its handler tree and conversations.
//! - [`sender`]: outgoing requests, paced to Telegram's limits without a fixed cycle.
//! - [`callbacks`]: the HTTP endpoint the Assistants API calls when a deployment changes.
//! - [`tracker`]: the background task that activates paid slots and announces status changes.
//! - [`sim`]: a simulator of the Assistants API for trying the bot and for tests.
//! - [`i18n`]: localized text from `locales/`.
//! - [`maintenance`]: operator commands (key rotation).
//! - [`ops`]: health and metrics endpoints.
//! - [`telemetry`]: tracing setup.

pub mod api;
pub mod bot;
pub mod callbacks;
pub mod cli;
pub mod config;
pub mod i18n;
pub mod maintenance;
pub mod ops;
pub mod sender;
pub mod sim;
pub mod storage;
pub mod telemetry;
pub mod tracker;
