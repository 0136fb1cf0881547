//! Test support: the harness that runs the bot (`app`), talking to it as a user (`chat`),
//! seeded deployments and their cards (`cards`), and the fake Telegram from the library's
//! `testkit` (shared with the benchmarks).

pub mod app;
pub mod cards;
pub mod chat;
pub mod logs;
pub use assistants_bot::testkit::fake_telegram;
