//! assistants-bot: a Telegram bot that creates and runs hosted AI assistants through the
//! Assistants API v1, by chatting.
//!
//! # Layout
//! Layers, each depending only on those below it:
//! - [`bot`] (the Telegram edge: schema, context, one file per conversation) and [`tracker`]
//!   (the background task that activates paid slots and announces status changes). Neither
//!   imports the other; both use the layers below.
//! - [`present`]: what the user sees, as pure functions to text and keyboards.
//! - [`service`]: what the product does, with no Telegram in it; takes the [`app::App`] and ids.
//! - [`app`]: the one shared context (storage, API client, dialogues, caches, health).
//! - [`conversation`]: conversation state (wizard, edit), plain serde types.
//! - [`storage`] (SQLite, secrets sealed before they touch the disk), [`api`] (the typed
//!   Assistants API client), [`catalog`] (the models offered), [`i18n`] (text from `locales/`).
//!
//! Around them: [`run`] starts everything and stops it cleanly; [`inbox`] stores every
//! update before Telegram is told it arrived and replays what a crash left unhandled;
//! [`managed_bots`] holds the Bot API's managed bots (9.6, 10.0), which teloxide lacks;
//! [`sender`] paces outgoing requests to Telegram's limits without a fixed cycle; [`cli`] and
//! [`config`] are the binary's commands and settings; [`callbacks`], [`webapp`] and [`ops`]
//! are the HTTP endpoints (deployment callbacks; the secure form for secrets; health and
//! metrics); [`maintenance`] holds key rotation; [`startup`] checks the token and waits for
//! Telegram before dispatching; [`dblock`] keeps one process per database; [`durable`] syncs
//! directories after file renames; [`telemetry`] sets up logs; [`sim`] simulates the
//! Assistants API and [`testkit`] fakes Telegram, for trying the bot and for tests.

pub mod api;
pub mod app;
pub mod bot;
pub mod callbacks;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod conversation;
pub mod dblock;
pub mod durable;
pub mod i18n;
pub mod inbox;
#[cfg(test)]
mod layers;
pub mod maintenance;
pub mod managed_bots;
pub mod ops;
pub mod present;
pub mod run;
pub mod sender;
pub mod service;
pub mod sim;
pub mod startup;
pub mod storage;
pub mod telemetry;
pub mod testkit;
pub mod tracker;
pub mod urls;
pub mod webapp;
