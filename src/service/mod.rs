//! What the product does, with no Telegram in it: each call takes what it works with (the
//! [`Db`](crate::storage::Db), the [`ApiClient`](crate::api::ApiClient), the makers of the
//! bot's own URLs in [`urls`](crate::urls)) and ids, and returns domain results. The bot and
//! the tracker decide how to show them (through `present`); tests call these directly.
//!
//! - [`keys`]: checking and storing a chat's API key.
//! - [`assistants`]: the list merged with the API, refreshing, stop / redeploy / delete, edits.
//! - [`activation`]: buying a slot and activating it with a wizard's answers.
//! - [`pay_later`]: a card that notices a payment, and where an unpaid slot is paid for.
//! - [`wizard`]: a wizard opened, or reopened for a model the service refused.
//! - [`audit`]: who did what in a group.
//! - [`groups`]: a group upgraded to a supergroup (a new chat id).
//! - [`handoff`]: one-time links that take a group's secret to a private chat.
//! - [`forms`]: the secure form's one-time nonces.
//! - [`input`]: checks of what users type.
//!
//! Depends on `api`, `storage`, `conversation`, `urls`, `config` and `i18n`, never on `app`
//! or anything above it. Ids are plain numbers (teloxide's `ChatId` and `UserId` newtypes, a
//! message's `i32`); nothing else from Telegram enters here.

pub mod activation;
pub mod assistants;
pub mod audit;
pub mod forms;
pub mod groups;
pub mod handoff;
pub mod input;
pub mod keys;
pub mod pay_later;
pub mod wizard;

use crate::{api::ApiError, storage::StorageError};

/// Why a service call did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The chat has no API key (any more).
    #[error("the chat has no API key")]
    NoKey,
    /// The Assistants API refused or failed.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl ServiceError {
    /// The API's error, when that is what happened.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }
}
