//! Test support: the harness that runs the bot, and the fake Telegram from the library's
//! `testkit` (shared with the benchmarks).

pub mod app;
pub use assistants_bot::testkit::fake_telegram;
