//! The secure form (a Mini App the bot serves itself): every secret prompt in a private chat
//! offers it when the bot has a public URL, and a secret typed there goes through the same
//! intake as a pasted one.
//!
//! - `takes`: each kind of secret through the real HTTP server, sealed, the prompt edited.
//! - `refusals`: each refusal with its own status, nothing stored.
//! - `limits`: what a submission is held to beyond its signature and nonce.
//! - `page`: the page itself: its headers, its languages.
//! - `browser`: the page in headless Chromium, driven through WebDriver.
//! - `relay`: a standby's submission, relayed to the leader through the database.

mod browser;
mod limits;
mod page;
mod refusals;
mod relay;
mod takes;

use crate::support::cards::en;
