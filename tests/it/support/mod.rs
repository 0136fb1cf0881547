//! Test support: the harness that runs the bot (`app`), talking to it as a user (`chat`),
//! seeded deployments and their cards (`cards`), the secure form as Telegram and its page
//! drive it (`forms`), headless Chromium through WebDriver (`browser`), waiting for a condition
//! (`wait`), the fake Telegram from the library's `testkit` (shared with the benchmarks),
//! the database a test runs on, SQLite or PostgreSQL (`database`), and replicas of the bot as real processes
//! (`replicas`).

pub mod app;
pub mod browser;
pub mod cards;
pub mod chat;
pub mod database;
pub mod forms;
pub mod logs;
pub mod replicas;
pub mod wait;
pub use assistants_bot::testkit::fake_telegram;

/// A scenario run twice, as `$name::polling` and `$name::webhook`: the async fn `$name`
/// takes the [`app::AppOptions`] of each way updates arrive.
macro_rules! polling_and_webhook {
    ($name:ident) => {
        mod $name {
            use crate::support::app::AppOptions;

            #[tokio::test]
            async fn polling() {
                super::$name(AppOptions::default()).await;
            }

            #[tokio::test]
            async fn webhook() {
                super::$name(AppOptions::webhook()).await;
            }
        }
    };
}
pub(crate) use polling_and_webhook;
