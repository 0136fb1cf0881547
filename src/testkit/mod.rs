//! Test doubles shared by the integration tests and the benchmarks (not used by the bot, and
//! not built without the `testkit` feature).
//!
//! - [`fake_telegram`]: a fake Telegram Bot API server on 127.0.0.1.
//! - [`process`]: the real binary as a child process.
//! - [`scratch`]: a PostgreSQL database of one test or run's own.
//! - [`seed`]: rows written straight into the database.

pub mod fake_telegram;
pub mod process;
pub mod scratch;
pub mod seed;
