//! assistants-bot: a Telegram bot that creates and runs hosted AI assistants through the
//! Assistants API v1, by chatting.
//!
//! # Layout
//! Layers, each importing only those below it (a test, `layers.rs`, fails on an import
//! circle among the top-level modules):
//! - [`run`] builds the bot ([`run::Application::build`]) and runs it until its one stop
//!   token is cancelled; [`cli`] and [`config`] are the binary's commands and settings.
//! - [`bot`] (the Telegram edge: schema, context, one file per conversation) and [`tracker`]
//!   (the background task that activates paid slots, announces status changes and watches
//!   live assistants). Neither imports the other; both use the layers below. The HTTP
//!   endpoints sit beside them: [`callbacks`] (deployment callbacks, which ask the tracker
//!   for a status check), [`webapp`] (the secure form for secrets, which hands them to
//!   `bot`'s secret route) and [`ops`] (health and metrics), all served behind [`edge`]
//!   (header and request timeouts, a connection cap below the file limit).
//! - [`app`]: the one shared context (storage, API client, dialogues, caches, health), and
//!   the edge's own machinery it is assembled from (admin cache, the form's flood guard, chat turns,
//!   the getMe token check).
//! - [`present`]: what the user sees, as pure functions to text and keyboards.
//! - [`service`]: what the product does, with no Telegram in it; each call takes the parts it
//!   needs (the database, the API client, a URL maker) and ids, never the [`app::App`].
//! - [`urls`] (the bot's own URLs under `PUBLIC_URL`: deployment callbacks, the form),
//!   [`conversation`] (conversation state, plain serde types), [`inbox`] (every update stored
//!   before Telegram is told it arrived, replayed after a crash, and admitted to the dispatcher
//!   one per chat at a time, so one chat's flood delays no other), [`sender`] (outgoing
//!   requests paced to Telegram's limits), [`managed_bots`] (the Bot API's managed bots, 9.6
//!   and 10.0, which teloxide lacks).
//! - [`storage`] (SQLite, secrets sealed before they touch the disk), [`api`] (the typed
//!   Assistants API client), [`catalog`] (the models offered), [`i18n`] (text from
//!   `locales/`).
//!
//! Around them: [`maintenance`] holds key rotation; [`startup`] checks the token and waits for
//! Telegram before dispatching; [`dblock`] keeps one process per database; [`replicas`] says
//! which of several processes on one PostgreSQL database leads (a lease); [`durable`] syncs
//! directories after file renames; [`telemetry`] sets up logs; [`sim`] simulates the
//! Assistants API, for trying the bot and for tests. `testkit` fakes Telegram for the tests and
//! benchmarks only: it is built with the `testkit` feature, which they turn on and the release
//! binary does not.

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
pub mod edge;
pub mod i18n;
pub mod inbox;
#[cfg(test)]
mod layers;
pub mod maintenance;
pub mod managed_bots;
pub mod ops;
pub mod present;
pub mod replicas;
pub mod run;
pub mod sender;
pub mod service;
pub mod sim;
pub mod startup;
pub mod storage;
pub mod telemetry;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod tracker;
pub mod urls;
pub mod webapp;
