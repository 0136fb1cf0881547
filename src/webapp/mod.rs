//! The secure form: a Telegram Mini App the bot serves itself under `PUBLIC_URL/form`, so a
//! secret goes from a password field straight to this server and never becomes a message.
//!
//! - [`init_data`]: Telegram's signed launch data, checked as Telegram documents it.

pub mod init_data;
