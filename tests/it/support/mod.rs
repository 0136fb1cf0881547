//! Test support: the fake Telegram Bot API and the app harness.

pub mod app;
pub mod fake_telegram;
