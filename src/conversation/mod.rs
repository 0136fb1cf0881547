//! Conversation state: where each chat is in a conversation, kept sealed in the database
//! between updates. Plain serde types with no Telegram in them, so the bot, the tracker (which
//! reopens a wizard when the service refuses a model) and the storage all share them.
//!
//! - [`wizard`]: the /new wizard's draft and steps.
//! - [`edit`]: an edit of one field of an assistant.
//!
//! Variants and fields only ever get added (with serde defaults), never renamed, so state
//! stored by an older build keeps parsing.

pub mod edit;
pub mod wizard;

use std::fmt;

use secrecy::{ExposeSecret as _, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use edit::{EditSession, ProfilePart, ProfileSession};

use crate::storage::dialogues::Expiring;
pub use wizard::{Draft, Step, Wizard};

/// Where a chat is in a conversation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub enum State {
    /// No conversation in progress.
    #[default]
    Idle,
    /// /setkey asked for the key; the next text is it.
    AwaitingApiKey,
    /// A /new wizard.
    Wizard(Wizard),
    /// Editing one field of an assistant.
    Editing(EditSession),
    /// In a private chat: the next text is the API key of this group (from a hand-off link).
    GroupKey {
        /// The group's chat id.
        group: i64,
    },
    /// In a private chat: the next texts are the secrets of this group's wizard.
    GroupSecrets {
        /// The group's chat id.
        group: i64,
    },
    /// In a private chat: the next text is a new secret for one of this group's assistants.
    GroupEdit {
        /// The group's chat id.
        group: i64,
        /// The assistant's handle in the group.
        handle: i64,
        /// The field: bot token or model key.
        field: Field,
    },
    /// A conversation that was left idle too long; its answers are gone. The next message
    /// hears that it timed out.
    Expired,
    /// Changing the assistant's Telegram profile: the next text is the new value.
    Profile(ProfileSession),
}

impl State {
    /// The group whose secret this private chat waits for (a hand-off), if it does.
    pub fn handed_off_by(&self) -> Option<i64> {
        match self {
            Self::GroupKey { group }
            | Self::GroupSecrets { group }
            | Self::GroupEdit { group, .. } => Some(*group),
            _ => None,
        }
    }
}

impl Expiring for State {
    fn is_active(&self) -> bool {
        !matches!(self, Self::Idle | Self::Expired)
    }

    fn expired() -> Self {
        Self::Expired
    }
}

/// A field of an assistant that a wizard collects and an edit can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    /// Billing mode.
    Mode,
    /// Assistant name.
    Name,
    /// Provider and model.
    Model,
    /// The assistant's bot token.
    BotToken,
    /// The byok model key.
    ModelKey,
}

/// A secret held in conversation state. Serialized in full (the whole state is sealed before
/// it is stored); `Debug` never shows it.
#[derive(Clone)]
pub struct SecretText(pub SecretString);

impl SecretText {
    /// Wraps a value typed by the user.
    pub fn new(value: &str) -> Self {
        Self(SecretString::from(value.to_owned()))
    }

    /// The secret.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText(***)")
    }
}

impl Serialize for SecretText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|s| Self(SecretString::from(s)))
    }
}
