//! Test support: the harness that runs the bot (`app`), talking to it as a user (`chat`),
//! seeded deployments and their cards (`cards`), the secure form as Telegram and its page
//! drive it (`forms`), headless Chromium through WebDriver (`browser`), and the fake Telegram
//! from the library's `testkit` (shared with the benchmarks).

pub mod app;
pub mod browser;
pub mod cards;
pub mod chat;
pub mod forms;
pub use assistants_bot::testkit::fake_telegram;
